import type { CreateStoreOptions, Store } from '@livewell/storage';
import { createStore } from '@livewell/storage/driver';
import type { QueryExecutor } from '../executor/query-executor.js';
import { migrate } from '../schema/migrate.js';
import { type PostgresDriverOptions, postgresDriver } from './postgres-driver.js';

/**
 * Options for {@link createPostgresStore} and {@link openPostgresStore}: the driver's (schema,
 * executor ownership) and the store's (`readers` that upcast older records, `retry` defaults).
 */
export type PostgresStoreOptions = PostgresDriverOptions & CreateStoreOptions;

/**
 * The livewell {@link Store} on PostgreSQL or PGlite, over an executor whose schema is already
 * migrated (run `migrate` in deployment, before the application starts).
 */
export function createPostgresStore(
  executor: QueryExecutor,
  options: PostgresStoreOptions = {},
): Store {
  return createStore(postgresDriver(executor, options), options);
}

/**
 * Migrates the schema, then returns the store: the one-call start for embedded use and tests.
 *
 * @example
 * const store = await openPostgresStore(pgliteExecutor(await PGlite.create()));
 * const practice = store.forTenant(tenantId);
 */
export async function openPostgresStore(
  executor: QueryExecutor,
  options: PostgresStoreOptions = {},
): Promise<Store> {
  await migrate(executor, options.schema === undefined ? {} : { schema: options.schema });
  return createPostgresStore(executor, options);
}
