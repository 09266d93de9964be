import type { DomainError, Parser, PersonId, Result, TenantId } from '@livewell/core';

/** What storage relies on in every record: an id, the owning tenant and the schema version. */
export interface StoredRecord {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly schemaVersion: number;
}

/**
 * A record as read from or written to storage, with its storage version: 1 when created, +1 on
 * every successful save. The version is storage metadata (optimistic concurrency), not part of
 * the record itself.
 */
export interface Versioned<T> {
  readonly record: T;
  readonly version: number;
}

/** One stored event with the snapshot version whose save appended it. */
export interface StoredEvent<E> {
  /** The snapshot version written in the same atomic step as this event. */
  readonly version: number;
  /** Position among the events appended by that save, from 0. */
  readonly index: number;
  readonly event: E;
}

/**
 * Describes one kind of record to storage: its stable storage name, the core parser that
 * validates it on write and on read, and the keys storage indexes it by. Storage never imports
 * behaviour; a kind is all it needs to know about a record type.
 *
 * @example
 * const personKind = defineKind({ name: 'person', parse: parsePerson, personIdOf: (p) => p.id });
 */
export interface RecordKind<T> {
  /** Stable storage name (table/collection name), e.g. `care-plan`. Lower-case kebab. */
  readonly name: string;
  /** Core's boundary parser for the record type; records written and read back must pass it. */
  readonly parse: Parser<T>;
  /**
   * Reads a stored document of any released schema version (upcasting older ones) and
   * validates it, e.g. `upcastCarePlan` from `@livewell/care-plan`. Defaults to `parse`.
   */
  readonly read?: RecordReader<T>;
  /** The person the record is about (used by `listByPerson`, export and erasure), if any. */
  readonly personIdOf?: (record: T) => PersonId | undefined;
  /**
   * The parent record the record belongs to, if any: an enrolment's programme, a service's
   * organisation, an event's snapshot (a care-plan event's plan).
   */
  readonly parentIdOf?: (record: T) => string | undefined;
}

/** Declares a {@link RecordKind}, keeping its record type. */
export function defineKind<T>(kind: RecordKind<T>): RecordKind<T> {
  return kind;
}

/** Reads a stored document into a current record; never throws (failures are values). */
export type RecordReader<T> = (stored: unknown) => Result<
  T,
  DomainError & {
    readonly issues?: readonly { path: readonly (string | number)[]; message: string }[];
  }
>;
