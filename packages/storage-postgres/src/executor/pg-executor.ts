import { hash32 } from '../schema/identifiers.js';
import type { QueryExecutor, QueryResult, Row } from './query-executor.js';
import { transactionScope } from './savepoint.js';

/** The part of a node-postgres result the executor reads. */
export interface PgResultLike {
  readonly rows: unknown[];
  readonly rowCount: number | null;
}

/** A statement as node-postgres takes it; `name` makes it a per-connection prepared statement. */
export interface PgQueryConfig {
  readonly name?: string;
  readonly text: string;
  readonly values: unknown[];
}

/** The part of a node-postgres `PoolClient` the executor uses. */
export interface PgClientLike {
  query(config: PgQueryConfig): Promise<PgResultLike>;
  /** Returns the client to the pool; pass an error to discard a broken connection. */
  release(destroy?: Error | boolean): void;
  on?(event: 'error', listener: (error: Error) => void): unknown;
  removeListener?(event: 'error', listener: (error: Error) => void): unknown;
}

/** The part of a node-postgres `Pool` the executor uses (a `pg.Pool` satisfies it). */
export interface PgPoolLike {
  query(config: PgQueryConfig): Promise<PgResultLike>;
  connect(): Promise<PgClientLike>;
  end(): Promise<void>;
  on?(event: 'error', listener: (error: Error, client: unknown) => void): unknown;
}

/** Options for {@link pgExecutor}. */
export interface PgExecutorOptions {
  /**
   * End the pool when the executor (or the store built on it) is closed. Default false: you
   * created the pool, so you own it and end it (`await pool.end()`) after closing the store.
   * Set true to hand the pool to the executor.
   */
  readonly endPoolOnClose?: boolean;
  /**
   * Run parameterised statements as named prepared statements, parsed and planned once per
   * connection (default true). Turn off behind a transaction-mode pooler that cannot keep them.
   */
  readonly prepare?: boolean;
}

/** A prepared-statement name derived from the text (two 32-bit hashes: collisions are remote). */
export function statementName(text: string): string {
  const a = (hash32(text) >>> 0).toString(36);
  const b = (hash32(`${text.length}:${text}`) >>> 0).toString(36);
  return `lw_${a}_${b}`;
}

/** How many statement texts an executor remembers names for (the adapter uses a few dozen). */
const MAX_NAMES = 1000;

function toResult<R extends Row>(result: PgResultLike): QueryResult<R> {
  return { rows: result.rows as R[], rowCount: result.rowCount ?? result.rows.length };
}

/**
 * A {@link QueryExecutor} over a node-postgres `Pool` you create and configure (size, TLS,
 * timeouts) and end yourself (unless `endPoolOnClose`). Transactions check out one client, run `BEGIN … COMMIT` on it and release it;
 * `pg` itself is never imported by this package.
 *
 * @example
 * import pg from 'pg';
 * const executor = pgExecutor(new pg.Pool({ connectionString: process.env.DATABASE_URL }));
 */
export function pgExecutor(pool: PgPoolLike, options: PgExecutorOptions = {}): QueryExecutor {
  const endPoolOnClose = options.endPoolOnClose ?? false;
  const prepare = options.prepare ?? true;
  // Names by text, hashed once per statement rather than on every call (a save issues three).
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (name === undefined) {
      name = statementName(text);
      if (names.size < MAX_NAMES) names.set(text, name);
    }
    return name;
  };
  const config = (text: string, params: readonly unknown[]): PgQueryConfig =>
    prepare && params.length > 0
      ? { name: nameOf(text), text, values: [...params] }
      : { text, values: [...params] };
  let closed = false;
  // An idle pooled connection that dies emits 'error' on the pool; without a listener Node
  // would crash the process. The pool discards that client; the next query reconnects.
  pool.on?.('error', () => undefined);
  return {
    dialect: 'postgres',
    async query<R extends Row = Row>(sql: string, params: readonly unknown[] = []) {
      return toResult<R>(await pool.query(config(sql, params)));
    },
    async transaction(fn) {
      const client = await pool.connect();
      let broken: unknown;
      // A checked-out client whose connection drops emits 'error': note it (the pending query
      // fails too) and discard the client on release instead of crashing the process.
      const onError = (error: Error) => {
        broken = error;
      };
      client.on?.('error', onError);
      const run = async <R extends Row = Row>(sql: string, params: readonly unknown[] = []) =>
        toResult<R>(await client.query(config(sql, params)));
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
        client.removeListener?.('error', onError);
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
