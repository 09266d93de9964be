/**
 * Opens the service's store: embedded PGlite (in memory) by default, or the PostgreSQL server at
 * `DATABASE_URL` (in its own schema, so it can share a database).
 */
import { PGlite } from '@electric-sql/pglite';
import type { Store } from '@livewell/storage';
import { openPostgresStore, pgExecutor, pgliteExecutor } from '@livewell/storage-postgres';
import pg from 'pg';

/** An open store and how to release it. */
export interface ServiceStore {
  readonly store: Store;
  readonly backend: 'pglite' | 'postgresql';
  close(): Promise<void>;
}

/** Opens PGlite, or PostgreSQL when `databaseUrl` is given (schema `schema`). */
export async function openServiceStore(
  databaseUrl = process.env.DATABASE_URL,
  schema = 'livewell_http_service',
): Promise<ServiceStore> {
  if (databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
    const store = await openPostgresStore(pgExecutor(pool), { schema });
    return {
      store,
      backend: 'postgresql',
      close: async () => {
        await store.close();
        await pool.end().catch(() => undefined);
      },
    };
  }
  return openPgliteServiceStore();
}

/** Opens a fresh in-memory PGlite store, whatever the environment says (the tests use it). */
export async function openPgliteServiceStore(): Promise<ServiceStore> {
  const db = await PGlite.create();
  const store = await openPostgresStore(pgliteExecutor(db));
  return {
    store,
    backend: 'pglite',
    close: async () => {
      await store.close();
      if (!db.closed) await db.close();
    },
  };
}
