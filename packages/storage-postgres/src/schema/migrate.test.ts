import type { TenantId } from '@livewell/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  databaseUrl,
  dropSchema,
  openPglite,
  openPostgres,
  uniqueSchema,
} from '../../test/support/engines.js';
import { postgresDriver } from '../adapter/postgres-driver.js';
import type { QueryExecutor } from '../executor/query-executor.js';
import { tenantKeyedIndexes, tenantTables } from './expected-schema.js';
import { readLiveSchema } from './live-schema.js';
import { migrate } from './migrate.js';
import { MigrationError } from './migration-error.js';
import { LATEST_MIGRATION, migrations } from './migrations.js';
import { checkSchema } from './schema-diff.js';

const engines = [
  { name: 'pglite', open: openPglite, skip: false },
  { name: 'postgres', open: async () => openPostgres(8), skip: databaseUrl === undefined },
];

for (const engine of engines) {
  describe.skipIf(engine.skip)(`migrate on ${engine.name}`, () => {
    let db: QueryExecutor;
    const schemas: string[] = [];
    const fresh = () => {
      const schema = uniqueSchema('lw_mig');
      schemas.push(schema);
      return schema;
    };
    beforeAll(async () => {
      db = await engine.open();
    });
    afterAll(async () => {
      for (const schema of schemas) await dropSchema(db, schema);
      await db.close();
    });

    it('applies every migration once, records them, and matches the declared schema', async () => {
      const schema = fresh();
      const first = await migrate(db, { schema });
      expect(first).toEqual({
        applied: migrations.map((m) => m.version),
        version: LATEST_MIGRATION,
      });
      expect(await migrate(db, { schema })).toEqual({ applied: [], version: LATEST_MIGRATION });
      const ledger = await db.query(`SELECT version, name FROM "${schema}".schema_migrations`);
      expect(ledger.rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
      expect(await checkSchema(db, { schema })).toEqual([]);
    });

    it('applies only what is missing when the database is behind', async () => {
      const schema = fresh();
      await migrate(db, { schema, migrations: migrations.slice(0, 1) });
      expect((await checkSchema(db, { schema })).map((d) => d.kind)).toContain('missing-index');
      const report = await migrate(db, { schema });
      expect(report.applied).toEqual(migrations.slice(1).map((m) => m.version));
      expect(await checkSchema(db, { schema })).toEqual([]);
    });

    it('migration 3 keeps rows written before it; old cursors resume and new writes follow', async () => {
      const schema = fresh();
      await migrate(db, { schema, migrations: migrations.slice(0, 2) });
      const q = `"${schema}"`;
      // Rows as the release before migration 3 wrote them: numbered from `sequences`.
      for (const [id, seq] of [
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ] as const) {
        await db.query(
          `INSERT INTO ${q}.records (tenant_id, collection, id, version, seq, doc)
           VALUES ('t1', 'organisation', $1, 1, $2, $3::jsonb)`,
          [id, seq, JSON.stringify({ id })],
        );
      }
      await db.query(
        `INSERT INTO ${q}.sequences (tenant_id, collection, last_seq) VALUES ('t1', 'organisation', 5)`,
      );
      await migrate(db, { schema });
      expect(await checkSchema(db, { schema })).toEqual([]);
      const driver = postgresDriver(db, { schema, closeExecutor: false });
      const t1 = 't1' as TenantId;
      const added = await driver.run(t1, 'write', (s) =>
        s.insert('organisation', { id: 'd', personId: null, parentId: null, doc: { id: 'd' } }),
      );
      expect(added.seq).toBeGreaterThan(5);
      // The feed shows 'd' once every older transaction on the server has ended (ADR 0012).
      const readFeed = () =>
        driver.run(t1, 'read', async (s) => s.changes?.('organisation', 1, 10));
      let feed = await readFeed();
      for (let wait = 0; (feed?.length ?? 0) < 3 && wait < 100; wait += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        feed = await readFeed();
      }
      expect(feed?.map((r) => [r.id, r.doc])).toEqual([
        ['b', { id: 'b' }],
        ['c', { id: 'c' }],
        ['d', { id: 'd' }],
      ]);
      expect(feed?.[0]?.position).toBe('0:2');
      const all = await driver.run(t1, 'read', (s) =>
        s.list('organisation', { order: 'seq', limit: 10 }),
      );
      expect(all.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    });

    it('puts tenant_id first in every primary key and index of tenant tables', async () => {
      const schema = fresh();
      await migrate(db, { schema });
      const live = await readLiveSchema(db, schema);
      const tenantIndexes = live.indexes.filter((i) =>
        (tenantTables as readonly string[]).includes(i.table),
      );
      expect(tenantIndexes.length).toBeGreaterThanOrEqual(6);
      for (const index of tenantIndexes) {
        // Migration 5's GIN keys start with the tenant instead (see `tenantKeyedIndexes`).
        if ((tenantKeyedIndexes as readonly string[]).includes(index.name)) continue;
        expect(index.columns[0]).toBe('tenant_id');
      }
    });

    it('reports drift: a dropped index, an extra column, a changed type', async () => {
      const schema = fresh();
      await migrate(db, { schema });
      await db.query(`DROP INDEX "${schema}".records_person_idx`);
      await db.query(`ALTER TABLE "${schema}".records ADD COLUMN surprise int`);
      await db.query(`ALTER TABLE "${schema}".sequences ALTER COLUMN last_seq TYPE integer`);
      await db.query(`ALTER TABLE "${schema}".records ALTER COLUMN id TYPE text COLLATE "POSIX"`);
      const drift = await checkSchema(db, { schema });
      expect(drift).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'missing-index', object: 'records_person_idx' }),
          expect.objectContaining({ kind: 'unexpected-column', object: 'records.surprise' }),
          expect.objectContaining({
            kind: 'column-type',
            object: 'sequences.last_seq',
            expected: 'bigint',
            actual: 'integer',
          }),
          expect.objectContaining({
            kind: 'column-collation',
            object: 'records.id',
            expected: 'C',
          }),
        ]),
      );
      expect(drift).toHaveLength(4);
    });

    it('refuses a ledger whose applied migration was edited, or is unknown', async () => {
      const schema = fresh();
      await migrate(db, { schema });
      await db.query(
        `UPDATE "${schema}".schema_migrations SET checksum = 'edited' WHERE version = 1`,
      );
      const edited = await migrate(db, { schema }).catch((e: unknown) => e);
      expect(edited).toBeInstanceOf(MigrationError);
      expect(edited).toMatchObject({ code: 'migration-checksum-mismatch', version: 1 });

      const other = fresh();
      await migrate(db, { schema: other });
      await db.query(
        `INSERT INTO "${other}".schema_migrations (version, name, checksum) VALUES (999, 'future', 'x')`,
      );
      await expect(migrate(db, { schema: other })).rejects.toMatchObject({
        code: 'migration-unknown-version',
        version: 999,
      });
    });

    it('is safe to run concurrently: one runner applies, the others find nothing to do', async () => {
      const schema = fresh();
      const reports = await Promise.all(Array.from({ length: 6 }, () => migrate(db, { schema })));
      const appliers = reports.filter((r) => r.applied.length > 0);
      expect(appliers).toHaveLength(1);
      expect(appliers[0]?.applied).toEqual(migrations.map((m) => m.version));
      expect(reports.every((r) => r.version === LATEST_MIGRATION)).toBe(true);
      expect(await checkSchema(db, { schema })).toEqual([]);
    });
  });
}
