import { PGlite } from '@electric-sql/pglite';
import {
  ConflictError,
  DuplicateError,
  InvalidRequestError,
  StorageUnavailableError,
} from '@livewell/storage';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/support/driver-harness.js';
import { databaseUrl, dropSchema, uniqueSchema } from '../../test/support/engines.js';
import { pgExecutor } from '../executor/pg-executor.js';
import { pgliteExecutor } from '../executor/pglite-executor.js';
import type { QueryExecutor } from '../executor/query-executor.js';
import { toStorageError } from './to-storage-error.js';

/** Runs `fn` and returns what it threw, translated. */
async function translated(fn: () => Promise<unknown>) {
  try {
    await fn();
  } catch (error) {
    return toStorageError(error, { kind: 'thing' });
  }
  throw new RangeError('expected a failure');
}

for (const engine of engines) {
  describe.skipIf(engine.skip)(`driver errors from ${engine.name}`, () => {
    let db: QueryExecutor;
    const schema = uniqueSchema('lw_err');
    beforeAll(async () => {
      db = await engine.open();
      await db.query(`CREATE SCHEMA ${schema}`);
      await db.query(`CREATE TABLE ${schema}.t (k text PRIMARY KEY, n int NOT NULL CHECK (n > 0))`);
      await db.query(`INSERT INTO ${schema}.t VALUES ('a', 1), ('b', 1)`);
    });
    afterAll(async () => {
      await dropSchema(db, schema);
      await db.close();
    });

    it('a unique violation is a DuplicateError with the driver error as cause', async () => {
      const error = await translated(() => db.query(`INSERT INTO ${schema}.t VALUES ('a', 2)`));
      expect(error).toBeInstanceOf(DuplicateError);
      expect(error).toMatchObject({ code: 'duplicate', retryable: false, kind: 'thing' });
      expect((error.cause as { code?: string }).code).toBe('23505');
    });

    it('a check or not-null violation is an InvalidRequestError', async () => {
      const check = await translated(() => db.query(`INSERT INTO ${schema}.t VALUES ('c', 0)`));
      expect(check).toBeInstanceOf(InvalidRequestError);
      const bad = await translated(() => db.query('SELECT $1::int', ['not a number']));
      expect(bad).toBeInstanceOf(InvalidRequestError);
    });

    it('a serialisation failure raised by the server is a retryable ConflictError', async () => {
      const error = await translated(() =>
        db.query(`DO $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = 'serialization_failure'; END $$`),
      );
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.retryable).toBe(true);
    });
  });
}

describe('unavailable stores', () => {
  it('a closed PGlite is a StorageUnavailableError', async () => {
    const db = await PGlite.create();
    const executor = pgliteExecutor(db);
    await executor.close();
    const error = await translated(() => executor.query('SELECT 1'));
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(error.retryable).toBe(true);
  });

  it('a refused connection is a StorageUnavailableError', async () => {
    const executor = pgExecutor(
      new pg.Pool({ connectionString: 'postgres://nobody:x@127.0.0.1:1/none', max: 1 }),
      { endPoolOnClose: true },
    );
    const error = await translated(() => executor.query('SELECT 1'));
    expect(error).toBeInstanceOf(StorageUnavailableError);
    await executor.close();
  });
});

describe.skipIf(databaseUrl === undefined)('PostgreSQL under contention', () => {
  let pool: pg.Pool;
  let db: QueryExecutor;
  const schema = uniqueSchema('lw_dead');
  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
    db = pgExecutor(pool, { endPoolOnClose: false });
    await db.query(`CREATE SCHEMA ${schema}`);
    await db.query(`CREATE TABLE ${schema}.t (k text PRIMARY KEY, n int)`);
    await db.query(`INSERT INTO ${schema}.t VALUES ('a', 0), ('b', 0)`);
  });
  afterAll(async () => {
    await dropSchema(db, schema);
    await pool.end();
  });

  it('a deadlock is a retryable ConflictError', async () => {
    let release!: () => void;
    const bothLocked = new Promise<void>((resolve) => {
      let count = 0;
      release = () => {
        count += 1;
        if (count === 2) resolve();
      };
    });
    const crossing = (first: string, second: string) =>
      db.transaction(async (tx) => {
        await tx.query(`UPDATE ${schema}.t SET n = n + 1 WHERE k = $1`, [first]);
        release();
        await bothLocked;
        await tx.query(`UPDATE ${schema}.t SET n = n + 1 WHERE k = $1`, [second]);
      });
    const outcomes = await Promise.allSettled([crossing('a', 'b'), crossing('b', 'a')]);
    const failures = outcomes.filter((o) => o.status === 'rejected');
    expect(failures).toHaveLength(1);
    const error = toStorageError((failures[0] as PromiseRejectedResult).reason);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error.cause as { code?: string }).code).toBe('40P01');
  });

  it('a terminated backend is a StorageUnavailableError', async () => {
    const error = await translated(() =>
      db.transaction(async (tx) => {
        await tx.query('SELECT pg_terminate_backend(pg_backend_pid())');
      }),
    );
    expect(error).toBeInstanceOf(StorageUnavailableError);
    const { rows } = await db.query('SELECT 1 AS ok');
    expect(rows).toEqual([{ ok: 1 }]);
  });
});
