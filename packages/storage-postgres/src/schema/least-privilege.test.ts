/**
 * Issue 15 item 4: a least-privilege role (rows only, no DDL) gets a typed `MigrationError`
 * when a migration is pending, and opens an up-to-date store without needing DDL rights.
 * PostgreSQL only (PGlite has one role); the role is created here and dropped afterwards.
 */
import type { TenantId } from '@livewell/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrl, dropSchema, openPostgres, uniqueSchema } from '../../test/support/engines.js';
import { personOf } from '../../test/support/fixtures.js';
import { openPostgresStore } from '../adapter/postgres-store.js';
import { pgExecutor } from '../executor/pg-executor.js';
import type { QueryExecutor } from '../executor/query-executor.js';
import { migrate } from './migrate.js';
import { MigrationError } from './migration-error.js';
import { LATEST_MIGRATION, migrations } from './migrations.js';

describe.skipIf(databaseUrl === undefined)('migrations and a least-privilege role', () => {
  const schema = uniqueSchema('lw_priv');
  const role = `lw_app_${process.pid}_${Date.now().toString(36)}`;
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  let owner: QueryExecutor;
  let app: QueryExecutor;

  beforeAll(async () => {
    owner = openPostgres(2);
    await owner.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    await migrate(owner, { schema, migrations: migrations.slice(0, 2) });
    await owner.query(`GRANT USAGE ON SCHEMA "${schema}" TO ${role}`);
    await owner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${schema}" TO ${role}`,
    );
    const url = new URL(databaseUrl ?? '');
    url.username = role;
    url.password = password;
    app = pgExecutor(new pg.Pool({ connectionString: url.toString(), max: 2 }), {
      endPoolOnClose: true,
    });
  });
  afterAll(async () => {
    await app?.close();
    await dropSchema(owner, schema);
    await owner.query(`DROP OWNED BY ${role}`);
    await owner.query(`DROP ROLE IF EXISTS ${role}`);
    await owner.close();
  });

  it('a pending migration is a MigrationError naming it, not invalid-request', async () => {
    const refused = await openPostgresStore(app, { schema }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(MigrationError);
    expect(refused).toMatchObject({ code: 'migration-permission-denied', version: 3 });
    // Nothing changed: the owner still finds migration 3 (and every later one) to apply.
    expect(await migrate(owner, { schema })).toEqual({
      applied: migrations.slice(2).map((m) => m.version),
      version: LATEST_MIGRATION,
    });
  });

  it('an up-to-date schema opens for the role, read-only check, and the role can write', async () => {
    await owner.query(`GRANT USAGE ON SEQUENCE "${schema}".records_seq TO ${role}`);
    await owner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${schema}" TO ${role}`,
    );
    expect(await migrate(app, { schema })).toEqual({ applied: [], version: LATEST_MIGRATION });
    const store = await openPostgresStore(app, { schema, closeExecutor: false });
    const tenant = 'priv-t' as TenantId;
    const person = personOf(tenant, 'person-1');
    await store.forTenant(tenant).people.create(person);
    expect((await store.forTenant(tenant).people.get(person.id)).version).toBe(1);
  });
});
