import type { PersonId, Result } from '@livewell/core';
import type { ChangeBatch, ChangeCursor, Page, PageRequest } from './pagination.js';
import type { StoredEvent, Versioned } from './records.js';
import type { RetryOptions } from './retry-options.js';

/** Passed to an update function: the version being changed and which attempt this is (from 1). */
export interface UpdateContext {
  readonly version: number;
  readonly attempt: number;
}

/**
 * Options for `update`: how it retries a save that lost a race (attempts, time budget and
 * backoff; see {@link RetryOptions}). Unset fields take the store's defaults (`DEFAULT_RETRY`
 * unless the store was built with `retry`).
 */
export interface UpdateOptions extends RetryOptions {}

/**
 * A pure change to one record: returns the new record, or a rejection (a domain value such as a
 * refused transition), in which case nothing is written. May be called more than once (on
 * conflict `update` reloads and calls it again), so it must not have side effects.
 */
export type UpdateFn<T, R> = (current: T, context: UpdateContext) => Result<T, R>;

/** Reads a record by id: `find` answers `undefined` when absent, `get` throws `NotFoundError`. */
export interface RecordLookup<Id, T> {
  find(id: Id): Promise<T | undefined>;
  get(id: Id): Promise<T>;
}

/**
 * A repository of versioned records (people, referrals, programmes, enrolments, directory).
 * `list` is ordered by id (code-unit order).
 */
export interface VersionedRepository<T extends { readonly id: string }>
  extends RecordLookup<T['id'], Versioned<T>> {
  /** Stores a new record at version 1. Throws `DuplicateError` if the id exists. */
  create(record: T): Promise<Versioned<T>>;
  /**
   * Replaces the record if its stored version is `expectedVersion`; returns it at the next
   * version. Throws `ConflictError` on a version mismatch, `NotFoundError` if absent.
   */
  save(record: T, expectedVersion: number): Promise<Versioned<T>>;
  /**
   * Load → apply `fn` → save with the loaded version, retrying on conflict (bounded). A
   * rejection from `fn` is returned as a value and nothing is written. Throws `NotFoundError`,
   * or `ConflictError` once attempts run out. Inside `transaction` there is no retry.
   */
  update<R>(
    id: T['id'],
    fn: UpdateFn<T, R>,
    options?: UpdateOptions,
  ): Promise<Result<Versioned<T>, R>>;
  list(page?: PageRequest): Promise<Page<Versioned<T>>>;
}

/** Lists the records about one person (ordered as the repository's `list`). */
export interface PersonIndexed<T> {
  listByPerson(personId: PersonId, page?: PageRequest): Promise<Page<T>>;
}

/** Versioned records about a person (referrals, enrolments). */
export interface PersonRecordRepository<T extends { readonly id: string }>
  extends VersionedRepository<T>,
    PersonIndexed<Versioned<T>> {}

/** Enrolments: versioned, by person and by programme. */
export interface EnrolmentRepository<T extends { readonly id: string }>
  extends PersonRecordRepository<T> {
  listByProgramme(programmeId: string, page?: PageRequest): Promise<Page<Versioned<T>>>;
}

/**
 * Directory records (organisations, services, locations): versioned, with a change feed so a
 * search index can stay in sync.
 */
export interface DirectoryRepository<T extends { readonly id: string }>
  extends VersionedRepository<T> {
  /**
   * The records changed after `cursor` (from the beginning when `null`), oldest change first,
   * at most `limit` (default 100). Feed it the returned cursor to continue; a record changed
   * again later reappears then.
   */
  changedSince(cursor: ChangeCursor | null, limit?: number): Promise<ChangeBatch<T>>;
}

/**
 * Append-only records (assessments, audit events): never changed once written. `list` and
 * `listByPerson` are in append order.
 */
export interface AppendOnlyRepository<T extends { readonly id: string }>
  extends RecordLookup<T['id'], T>,
    PersonIndexed<T> {
  /** Appends a record. Throws `DuplicateError` if the id exists. */
  append(record: T): Promise<T>;
  list(page?: PageRequest): Promise<Page<T>>;
}

/**
 * Lists the records about one subject that is not a person (a practitioner or a practice), in
 * append order for append-only records and id order for snapshots.
 */
export interface SubjectIndexed<T> {
  listBySubject(subjectId: string, page?: PageRequest): Promise<Page<T>>;
}

/**
 * Append-only records about a practitioner or a practice (their assessments): never changed once
 * written, listed by subject, never by person.
 */
export interface SubjectAppendOnlyRepository<T extends { readonly id: string }>
  extends RecordLookup<T['id'], T>,
    SubjectIndexed<T> {
  /** Appends a record. Throws `DuplicateError` if the id exists. */
  append(record: T): Promise<T>;
  list(page?: PageRequest): Promise<Page<T>>;
}

/** A change to an event-sourced record: the next snapshot under `K` plus the events explaining it. */
export type SnapshotChange<K extends string, S, E> = { readonly [P in K]: S } & {
  readonly events: readonly E[];
};

/** The outcome of an event-sourced write: the saved snapshot under `K` and the appended events. */
export type SnapshotWrite<K extends string, S, E> = { readonly [P in K]: Versioned<S> } & {
  readonly events: readonly StoredEvent<E>[];
};

/**
 * A pure change to an event-sourced record, e.g. `(plan) => transition(plan, command, ctx)`
 * from `@livewell/care-plan` (`Result<{ plan, events }, Rejection>`) or
 * `(current) => referral.transition(current, command, ctx)` from `@livewell/peer-support`
 * (`Result<{ referral, events }, Rejection>`). A rejection is returned as a value and nothing
 * is written.
 */
export type SnapshotUpdateFn<K extends string, S, E, R> = (
  current: S,
  context: UpdateContext,
) => Result<SnapshotChange<K, S, E>, R>;

/**
 * An idempotency key for a command. The store records it (a command receipt) in the same
 * transaction as the snapshot and events the command wrote; calling again with a key that
 * already committed returns the original result and writes nothing. Use one key per command
 * the user issued (a UUID made when the request is first built) and reuse it on every retry
 * of that command, including after `StorageUnavailableError`, whose outcome is unknown.
 */
export interface CommandOptions {
  /** 1–200 printable ASCII characters, unique per tenant and command (e.g. a UUID). */
  readonly commandId?: string;
}

/** Options for an event-sourced `update`: retries and an idempotency key. */
export interface SnapshotUpdateOptions extends UpdateOptions, CommandOptions {}

/**
 * An event-sourced record: the current snapshot (versioned) plus its append-only event history.
 * A snapshot and the events explaining it are always written in one atomic step. `K` is the key
 * the snapshot travels under in changes and writes (`plan` for care plans).
 *
 * @example
 * const r = await store.carePlans.update(planId, (plan) => transition(plan, cmd, ctx));
 * if (!r.ok) console.log(r.error.code); // rejected: nothing written
 */
export interface EventSourcedRepository<K extends string, S extends { readonly id: string }, E>
  extends RecordLookup<S['id'], Versioned<S>>,
    PersonIndexed<Versioned<S>> {
  /**
   * Stores a new snapshot at version 1 with its first events. Throws `DuplicateError`, unless
   * `options.commandId` names this create already committed: then its original result returns.
   */
  create(
    snapshot: S,
    events?: readonly E[],
    options?: CommandOptions,
  ): Promise<SnapshotWrite<K, S, E>>;
  /** Replaces the snapshot if at `expectedVersion` and appends `events`, atomically. */
  save(snapshot: S, events: readonly E[], expectedVersion: number): Promise<SnapshotWrite<K, S, E>>;
  /**
   * Load → apply `fn` → save snapshot + append events atomically, retrying on conflict. With
   * `options.commandId`, a command already committed under that key is not applied again: its
   * original result is returned.
   */
  update<R>(
    id: S['id'],
    fn: SnapshotUpdateFn<K, S, E, R>,
    options?: SnapshotUpdateOptions,
  ): Promise<Result<SnapshotWrite<K, S, E>, R>>;
  /** The record's events in append order. Throws `NotFoundError` if the record does not exist. */
  events(id: S['id'], page?: PageRequest): Promise<Page<StoredEvent<E>>>;
  /** Snapshots in id order. */
  list(page?: PageRequest): Promise<Page<Versioned<S>>>;
}
