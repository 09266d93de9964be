import type { Queryable, TransactionScope } from './query-executor.js';

/**
 * Wraps a connection that is inside an open transaction as a {@link TransactionScope}, nesting
 * further transactions with savepoints. `run` is the raw statement runner of that connection.
 */
export function transactionScope(run: Queryable['query']): TransactionScope {
  let depth = 0;
  const scope: TransactionScope = {
    query: run,
    async transaction(fn) {
      depth += 1;
      const name = `lw_sp_${depth}`;
      await run(`SAVEPOINT ${name}`);
      try {
        const result = await fn(scope);
        await run(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await run(`ROLLBACK TO SAVEPOINT ${name}`);
        throw error;
      } finally {
        depth -= 1;
      }
    },
  };
  return scope;
}
