import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  databaseUrl,
  dropSchema,
  openPglite,
  openPostgres,
  uniqueSchema,
} from '../../test/support/engines.js';
import { type PgQueryConfig, pgExecutor } from './pg-executor.js';
import type { QueryExecutor } from './query-executor.js';

const engines = [
  { name: 'pglite', open: openPglite, skip: false },
  { name: 'postgres', open: async () => openPostgres(4), skip: databaseUrl === undefined },
];

for (const engine of engines) {
  describe.skipIf(engine.skip)(`QueryExecutor on ${engine.name}`, () => {
    let db: QueryExecutor;
    const schema = uniqueSchema('lw_exec');
    beforeAll(async () => {
      db = await engine.open();
      await db.query(`CREATE SCHEMA ${schema}`);
    });
    afterAll(async () => {
      await dropSchema(db, schema);
      await db.close();
    });

    it('runs the same parameterised statement many times (prepared on pg)', async () => {
      for (let i = 0; i < 5; i += 1) {
        const { rows } = await db.query<{ n: number }>('SELECT $1::int * 2 AS n', [i]);
        expect(rows).toEqual([{ n: i * 2 }]);
      }
    });

    it('passes parameters apart from the statement text', async () => {
      const hostile = "'); DROP TABLE x; --";
      const { rows } = await db.query<{ s: string; n: number }>(
        'SELECT $1::text AS s, $2::int AS n',
        [hostile, 7],
      );
      expect(rows).toEqual([{ s: hostile, n: 7 }]);
    });

    it('commits a transaction that resolves and rolls back one that throws', async () => {
      await db.transaction(async (tx) => {
        await tx.query(
          `CREATE TABLE IF NOT EXISTS ${schema}.lw_exec_kv (k text PRIMARY KEY, v int)`,
        );
        await tx.query(`DELETE FROM ${schema}.lw_exec_kv`);
        await tx.query(`INSERT INTO ${schema}.lw_exec_kv VALUES ($1, $2)`, ['a', 1]);
      });
      const failure = new RangeError('boom');
      await expect(
        db.transaction(async (tx) => {
          await tx.query(`INSERT INTO ${schema}.lw_exec_kv VALUES ($1, $2)`, ['b', 2]);
          throw failure;
        }),
      ).rejects.toBe(failure);
      const { rows } = await db.query(`SELECT k FROM ${schema}.lw_exec_kv ORDER BY k`);
      expect(rows).toEqual([{ k: 'a' }]);
      await db.query(`DROP TABLE ${schema}.lw_exec_kv`);
    });

    it('nests transactions with savepoints', async () => {
      await db.query(`CREATE TABLE IF NOT EXISTS ${schema}.lw_exec_nest (k text PRIMARY KEY)`);
      await db.query(`DELETE FROM ${schema}.lw_exec_nest`);
      await db.transaction(async (tx) => {
        await tx.query(`INSERT INTO ${schema}.lw_exec_nest VALUES ($1)`, ['outer']);
        await tx
          .transaction(async (inner) => {
            await inner.query(`INSERT INTO ${schema}.lw_exec_nest VALUES ($1)`, ['inner']);
            throw new RangeError('inner fails');
          })
          .catch(() => undefined);
        await tx.transaction(async (inner) => {
          await inner.query(`INSERT INTO ${schema}.lw_exec_nest VALUES ($1)`, ['kept']);
        });
      });
      const { rows } = await db.query(`SELECT k FROM ${schema}.lw_exec_nest ORDER BY k`);
      expect(rows).toEqual([{ k: 'kept' }, { k: 'outer' }]);
      await db.query(`DROP TABLE ${schema}.lw_exec_nest`);
    });

    it('reports affected rows', async () => {
      await db.query(`CREATE TABLE IF NOT EXISTS ${schema}.lw_exec_count (k int)`);
      await db.query(`DELETE FROM ${schema}.lw_exec_count`);
      await db.query(`INSERT INTO ${schema}.lw_exec_count SELECT generate_series(1, 3)`);
      const result = await db.query(`UPDATE ${schema}.lw_exec_count SET k = k + 1`);
      expect(result.rowCount).toBe(3);
      await db.query(`DROP TABLE ${schema}.lw_exec_count`);
    });
  });
}

describe.skipIf(databaseUrl === undefined)('pgExecutor without prepared statements', () => {
  it('runs parameterised statements unnamed (for transaction-mode poolers)', async () => {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
    const seen: unknown[] = [];
    const spy = {
      query: (config: PgQueryConfig) => {
        seen.push(config.name);
        return pool.query(config);
      },
      connect: () => pool.connect(),
      end: () => pool.end(),
    };
    const executor = pgExecutor(spy, { prepare: false, endPoolOnClose: true });
    const { rows } = await executor.query('SELECT $1::text AS s', ['x']);
    expect(rows).toEqual([{ s: 'x' }]);
    expect(seen).toEqual([undefined]);
    await executor.close();
  });
});

describe('pgExecutor pool ownership', () => {
  const fakePool = () => {
    const calls = { end: 0 };
    const pool = {
      query: async () => ({ rows: [], rowCount: 0 }),
      connect: async () => {
        throw new RangeError('not used');
      },
      end: async () => {
        calls.end += 1;
      },
    };
    return { pool, calls };
  };

  it('leaves the pool to its owner by default, and ends it (once) only when asked', async () => {
    const mine = fakePool();
    await pgExecutor(mine.pool).close();
    expect(mine.calls.end).toBe(0);
    const handedOver = fakePool();
    const executor = pgExecutor(handedOver.pool, { endPoolOnClose: true });
    await executor.close();
    await executor.close();
    expect(handedOver.calls.end).toBe(1);
  });
});
