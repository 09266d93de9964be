/**
 * Test support (not exported): one migrated schema per suite on an engine, and a unique tenant
 * per test so tests never see each other's rows.
 */
import type { TenantId } from '@livewell/core';
import type { QueryExecutor } from '../../src/executor/query-executor.js';
import { migrate } from '../../src/schema/migrate.js';
import {
  databaseUrl,
  dropSchema,
  type OpenOptions,
  openPglite,
  openPostgres,
  uniqueSchema,
} from './engines.js';

/** An engine a suite runs on; `skip` when it is not available here. */
export interface Engine {
  readonly name: 'pglite' | 'postgres';
  readonly skip: boolean;
  open(options?: OpenOptions): Promise<QueryExecutor>;
}

/** PGlite always; PostgreSQL when DATABASE_URL is set. */
export const engines: readonly Engine[] = [
  { name: 'pglite', skip: false, open: openPglite },
  {
    name: 'postgres',
    skip: databaseUrl === undefined,
    open: async (options) => openPostgres(10, options),
  },
];

/** A migrated schema on an open executor, and how to drop it. */
export interface SuiteDatabase {
  readonly executor: QueryExecutor;
  readonly schema: string;
  dispose(): Promise<void>;
}

/** Opens the engine, migrates a fresh schema. */
export async function openSuiteDatabase(
  engine: Engine,
  options?: OpenOptions,
): Promise<SuiteDatabase> {
  const executor = await engine.open(options);
  const schema = uniqueSchema();
  await migrate(executor, { schema });
  return {
    executor,
    schema,
    async dispose() {
      await dropSchema(executor, schema);
      await executor.close();
    },
  };
}

let tenantCounter = 0;
/** A tenant id no other test in this process uses. */
export function freshTenant(): TenantId {
  tenantCounter += 1;
  return `t-${process.pid}-${tenantCounter}` as TenantId;
}
