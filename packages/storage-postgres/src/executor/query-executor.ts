/** One row as returned by a query: column name to value. */
export type Row = Record<string, unknown>;

/** The outcome of one statement: the returned rows and how many rows it affected. */
export interface QueryResult<R extends Row = Row> {
  readonly rows: readonly R[];
  /** Rows affected (INSERT/UPDATE/DELETE) or returned (SELECT). */
  readonly rowCount: number;
}

/**
 * Something that runs one parameterised SQL statement. Parameters are always passed apart from
 * the text (`$1`, `$2`, …); statement text is never built from values.
 */
export interface Queryable {
  /**
   * Runs `sql` with positional `params`. Driver failures are thrown as the driver threw them;
   * the adapter and `migrate` translate them with `toStorageError`.
   */
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
}

/**
 * A statement scope inside an open transaction. `transaction` nests with a savepoint: when the
 * inner function throws, only its work is rolled back.
 */
export interface TransactionScope extends Queryable {
  transaction<T>(fn: (tx: TransactionScope) => Promise<T>): Promise<T>;
}

/** Which engine an executor talks to. */
export type ExecutorDialect = 'postgres' | 'pglite';

/**
 * The tiny interface the PostgreSQL adapter runs on: statements, a transaction scope, close.
 * `pgExecutor(pool)` and `pgliteExecutor(db)` implement it; so can anything else that speaks
 * PostgreSQL. A `jsonb` column may come back parsed (as node-postgres and PGlite do) or as its
 * JSON text, but the same way on every call: the driver asks once which it is.
 *
 * @example
 * const executor = pgliteExecutor(await PGlite.create());
 * await executor.transaction(async (tx) => tx.query('SELECT $1::int AS n', [1]));
 */
export interface QueryExecutor extends Queryable {
  readonly dialect: ExecutorDialect;
  /**
   * Runs `fn` in one transaction (READ COMMITTED): committed when it resolves, rolled back when
   * it throws (the error is rethrown).
   */
  transaction<T>(fn: (tx: TransactionScope) => Promise<T>): Promise<T>;
  /** Releases the underlying pool or database. The executor must not be used afterwards. */
  close(): Promise<void>;
}
