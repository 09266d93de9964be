/**
 * Opens the demo's store: embedded PGlite (real PostgreSQL in WebAssembly, in memory) by
 * default, or a PostgreSQL server when `DATABASE_URL` is set (the demo then works in its own
 * schema, `livewell_demo`, which it recreates on every run).
 */
import { PGlite } from '@electric-sql/pglite';
import type { Store } from '@livewell/storage';
import { openPostgresStore, pgExecutor, pgliteExecutor } from '@livewell/storage-postgres';
import pg from 'pg';

/** An open demo store and how to close it. */
export interface DemoStore {
  readonly store: Store;
  /** `PGlite (embedded)` or `PostgreSQL (DATABASE_URL)`. */
  readonly backend: string;
  close(): Promise<void>;
}

const DEMO_SCHEMA = 'livewell_demo';

/** Opens PGlite, or PostgreSQL when `databaseUrl` is given. */
export async function openDemoStore(databaseUrl = process.env.DATABASE_URL): Promise<DemoStore> {
  if (databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
    await pool.query(`DROP SCHEMA IF EXISTS ${DEMO_SCHEMA} CASCADE`);
    const store = await openPostgresStore(pgExecutor(pool), { schema: DEMO_SCHEMA });
    return {
      store,
      backend: 'PostgreSQL (DATABASE_URL)',
      close: async () => {
        await store.close();
        await pool.end().catch(() => undefined);
      },
    };
  }
  const db = await PGlite.create();
  const store = await openPostgresStore(pgliteExecutor(db));
  return {
    store,
    backend: 'PGlite (embedded PostgreSQL)',
    close: async () => {
      await store.close();
      if (!db.closed) await db.close();
    },
  };
}
