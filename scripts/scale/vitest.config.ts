/**
 * Vitest config for the scale checks (`*.check.ts` here), run by replica.sh and pgbouncer.sh
 * against the throwaway clusters they start; never part of `pnpm test`. The workspace packages
 * are not dependencies of the repository root, so each is aliased to its source (as the
 * `@livewell/source` condition would resolve it) and `pg` to storage-postgres's copy.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const at = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const conditions = ['@livewell/source', 'module', 'node', 'development|production'];
const exact = (name: string, path: string) => ({
  find: new RegExp(`^${name.replace('/', '\\/')}$`),
  replacement: at(path),
});

export default defineConfig({
  resolve: {
    conditions,
    alias: [
      exact('@livewell/core', 'packages/core/src/index.ts'),
      exact('@livewell/core/testing', 'packages/core/src/testing/index.ts'),
      exact('@livewell/storage', 'packages/storage/src/index.ts'),
      exact('@livewell/storage-testkit', 'packages/storage-testkit/src/index.ts'),
      exact('@livewell/storage-postgres', 'packages/storage-postgres/src/index.ts'),
      exact('@livewell/peer-support', 'packages/peer-support/src/index.ts'),
      exact('@livewell/activation', 'packages/activation/src/index.ts'),
      exact('pg', 'packages/storage-postgres/node_modules/pg'),
    ],
  },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['*.check.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
