import type { QueryExecutor, QueryResult, Row } from './query-executor.js';
import { transactionScope } from './savepoint.js';

/** The part of a PGlite query result the executor reads. */
export interface PgliteResultLike {
  readonly rows: unknown[];
  readonly affectedRows?: number;
}

/** A statement runner inside a PGlite transaction. */
export interface PgliteTransactionLike {
  query(text: string, params?: unknown[]): Promise<PgliteResultLike>;
}

/** The part of a `PGlite` instance the executor uses (a `PGlite` satisfies it). */
export interface PgliteLike {
  query(text: string, params?: unknown[]): Promise<PgliteResultLike>;
  transaction<T>(fn: (tx: PgliteTransactionLike) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly closed?: boolean;
}

/** Options for {@link pgliteExecutor}. */
export interface PgliteExecutorOptions {
  /** Close the PGlite instance when the executor is closed (default true). */
  readonly closeOnClose?: boolean;
}

function toResult<R extends Row>(result: PgliteResultLike): QueryResult<R> {
  const rows = result.rows as R[];
  return { rows, rowCount: rows.length > 0 ? rows.length : (result.affectedRows ?? 0) };
}

/**
 * A {@link QueryExecutor} over an embedded PGlite database you create (in memory or on disk).
 * PGlite has one connection, so statements and transactions run one at a time; concurrent
 * callers queue. `@electric-sql/pglite` itself is never imported by this package.
 *
 * @example
 * import { PGlite } from '@electric-sql/pglite';
 * const executor = pgliteExecutor(await PGlite.create());
 */
export function pgliteExecutor(db: PgliteLike, options: PgliteExecutorOptions = {}): QueryExecutor {
  const closeOnClose = options.closeOnClose ?? true;
  return {
    dialect: 'pglite',
    async query<R extends Row = Row>(sql: string, params: readonly unknown[] = []) {
      return toResult<R>(await db.query(sql, [...params]));
    },
    transaction(fn) {
      return db.transaction(async (tx) =>
        fn(
          transactionScope(
            async <R extends Row = Row>(sql: string, params: readonly unknown[] = []) =>
              toResult<R>(await tx.query(sql, [...params])),
          ),
        ),
      );
    },
    async close() {
      if (closeOnClose && db.closed !== true) await db.close();
    },
  };
}
