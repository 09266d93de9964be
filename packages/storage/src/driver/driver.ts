import type { TenantId } from '@livewell/core';

/**
 * One stored row as a {@link StorageDriver} sees it: a JSON document plus the few columns the
 * store queries by. Drivers never look inside `doc`.
 */
export interface DriverRow {
  readonly id: string;
  /** 1 on insert, +1 on every replace. */
  readonly version: number;
  /**
   * Write order, assigned by the driver on every insert and replace: unique in the collection
   * and increasing with time — a row written after another row's write committed has the larger
   * `seq` (so a plan's events list in the order they were appended). A driver without
   * {@link DriverSession.changes} must also give `seq` in commit order (a reader that has seen
   * `seq` n never later finds a newly committed row with a smaller `seq`); the change feed then
   * pages by `seq`.
   */
  readonly seq: number;
  readonly personId: string | null;
  readonly parentId: string | null;
  /** The record exactly as handed to `insert`/`replace` (a JSON value). */
  readonly doc: unknown;
  /**
   * The codec stamp the row was written with (`RowInput.stamp`), answered only while the driver
   * can vouch that `doc` is unchanged since that write; absent otherwise (never written with
   * one, changed since by other means, or a driver that keeps no stamps). The store reads a row
   * carrying its own `CODEC_STAMP` without parsing it again (docs/decisions/0016).
   */
  readonly stamp?: string;
}

/**
 * A row read from the change feed, with its feed position: an opaque, non-empty text the driver
 * made and takes back as `after` (at most 64 characters).
 */
export interface ChangeRow extends DriverRow {
  readonly position: string;
}

/** What the store hands a driver to write: the id, index columns and the JSON document. */
export interface RowInput {
  readonly id: string;
  readonly personId: string | null;
  readonly parentId: string | null;
  readonly doc: unknown;
  /**
   * The codec that validated `doc` (the store sets `CODEC_STAMP` on every record it
   * parsed). Optional for a driver to keep: answer it on reads only while `doc` is unchanged.
   */
  readonly stamp?: string;
}

/**
 * A keyset query over one collection of one tenant. `order: 'id'` sorts by id in code-unit
 * (binary, `COLLATE "C"`) order, `order: 'seq'` by `seq`; `after` is an exclusive lower bound
 * on that key. Filters on `personId` / `parentId` are exact matches.
 */
export interface RowQuery {
  readonly order: 'id' | 'seq';
  readonly after?: string | number;
  readonly limit: number;
  readonly personId?: string;
  readonly parentId?: string;
}

/** Which rows `remove` deletes: every row matching all the given fields. */
export interface RowFilter {
  readonly id?: string;
  readonly personId?: string;
  readonly parentId?: string;
}

/**
 * The operations of one unit of work for one tenant. All calls see the unit's own writes. The
 * driver throws only the port's error classes: `DuplicateError` (insert of an existing id),
 * `ConflictError` (replace at the wrong version), `NotFoundError` (replace of a missing row),
 * `StorageUnavailableError` (anything transient).
 */
export interface DriverSession {
  get(collection: string, id: string): Promise<DriverRow | undefined>;
  /** Inserts at version 1. */
  insert(collection: string, row: RowInput): Promise<DriverRow>;
  /**
   * Optional: inserts several rows of one collection at version 1, each with a larger `seq`
   * than the row before it, exactly as calling `insert` for each in order would (and answers
   * the rows in that order); an id that exists, or repeats within `rows`, is a
   * `DuplicateError`. Implement it when your store can write them in one round trip; without
   * it the store calls `insert` once per row.
   */
  insertMany?(collection: string, rows: readonly RowInput[]): Promise<readonly DriverRow[]>;
  /** Replaces the row if its version is `expectedVersion`; stores it at `expectedVersion + 1`. */
  replace(collection: string, row: RowInput, expectedVersion: number): Promise<DriverRow>;
  list(collection: string, query: RowQuery): Promise<readonly DriverRow[]>;
  /**
   * Optional: the change feed of one collection, for drivers whose `seq` is not in commit order
   * (concurrent writers numbering without a shared counter). Answers up to `limit` committed
   * rows after `after` — a `position` this driver returned, or a number: 0 for the beginning, or
   * a `seq` cursor from before the driver had this method — in feed order, with the guarantee
   * that a reader never later finds a committed row below a position it has been given.
   * Without it the store pages `list(…, { order: 'seq' })`.
   */
  changes?(
    collection: string,
    after: string | number,
    limit: number,
  ): Promise<readonly ChangeRow[]>;
  /** Deletes the matching rows; returns how many. */
  remove(collection: string, filter: RowFilter): Promise<number>;
}

/** `read` units make no writes (a driver may skip BEGIN/COMMIT); `write` units are atomic. */
export type UnitMode = 'read' | 'write';

/**
 * The small service-provider interface behind {@link createStore}: a tenant-scoped document
 * store with versions, a change order and atomic units of work. Implement this (a dozen
 * queries) and `createStore` gives you the whole port — parsing, tenancy checks, cursors,
 * retries, care-plan events, export and erasure.
 */
export interface StorageDriver {
  /**
   * Runs `fn` as one unit of work for `tenantId`. In `write` mode every write commits together
   * when `fn` resolves, and none is visible if it throws (the error is rethrown). Collections
   * and tenants are separate key spaces: `tenantId` is part of every key.
   */
  run<T>(
    tenantId: TenantId,
    mode: UnitMode,
    fn: (session: DriverSession) => Promise<T>,
  ): Promise<T>;
  /** Releases resources. */
  close(): Promise<void>;
}
