import { PGlite } from '@electric-sql/pglite';
import type { Store } from '@livewell/storage';
import { createMemoryStore } from '@livewell/storage';
import { openPostgresStore, pgliteExecutor } from '@livewell/storage-postgres';

/** The adapters the flags-never-lost tests run on: the memory adapter and embedded PGlite. */
export const adapters: ReadonlyArray<readonly [string, () => Promise<Store>]> = [
  ['memory', async () => createMemoryStore()],
  ['pglite', async () => openPostgresStore(pgliteExecutor(await PGlite.create()))],
];
