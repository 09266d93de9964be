import type { QueryExecutor, QueryResult, Row } from './query-executor.js';
import { transactionScope } from './savepoint.js';

/** The part of a node-postgres result the executor reads. */
export interface PgResultLike {
  readonly rows: unknown[];
  readonly rowCount: number | null;
}

/** The part of a node-postgres `PoolClient` the executor uses. */
export interface PgClientLike {
  query(text: string, values?: unknown[]): Promise<PgResultLike>;
  /** Returns the client to the pool; pass an error to discard a broken connection. */
  release(destroy?: Error | boolean): void;
}

/** The part of a node-postgres `Pool` the executor uses (a `pg.Pool` satisfies it). */
export interface PgPoolLike {
  query(text: string, values?: unknown[]): Promise<PgResultLike>;
  connect(): Promise<PgClientLike>;
  end(): Promise<void>;
}

/** Options for {@link pgExecutor}. */
export interface PgExecutorOptions {
  /** End the pool when the executor is closed (default true). */
  readonly endPoolOnClose?: boolean;
}

function toResult<R extends Row>(result: PgResultLike): QueryResult<R> {
  return { rows: result.rows as R[], rowCount: result.rowCount ?? result.rows.length };
}

/**
 * A {@link QueryExecutor} over a node-postgres `Pool` you create and configure (size, TLS,
 * timeouts). Transactions check out one client, run `BEGIN … COMMIT` on it and release it;
 * `pg` itself is never imported by this package.
 *
 * @example
 * import pg from 'pg';
 * const executor = pgExecutor(new pg.Pool({ connectionString: process.env.DATABASE_URL }));
 */
export function pgExecutor(pool: PgPoolLike, options: PgExecutorOptions = {}): QueryExecutor {
  const endPoolOnClose = options.endPoolOnClose ?? true;
  let closed = false;
  return {
    dialect: 'postgres',
    async query<R extends Row = Row>(sql: string, params: readonly unknown[] = []) {
      return toResult<R>(await pool.query(sql, [...params]));
    },
    async transaction(fn) {
      const client = await pool.connect();
      const run = async <R extends Row = Row>(sql: string, params: readonly unknown[] = []) =>
        toResult<R>(await client.query(sql, [...params]));
      let broken: unknown;
      try {
        await run('BEGIN');
        try {
          const result = await fn(transactionScope(run));
          await run('COMMIT');
          return result;
        } catch (error) {
          try {
            await run('ROLLBACK');
          } catch (rollbackError) {
            broken = rollbackError;
          }
          throw error;
        }
      } catch (error) {
        broken ??= isConnectionBroken(error) ? error : undefined;
        throw error;
      } finally {
        client.release(broken === undefined ? undefined : true);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      if (endPoolOnClose) await pool.end();
    },
  };
}

/** True when an error means the client's connection cannot be reused. */
function isConnectionBroken(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (code.startsWith('08') || code.startsWith('57P'))) return true;
  return error instanceof Error && /connection|terminated|not queryable/i.test(error.message);
}
