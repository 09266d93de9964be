/**
 * The single list of test projects. The root `vitest.config.ts` reads it as `test.projects`
 * (vitest 4 no longer picks this file up by itself).
 *
 * Every project resolves `@livewell/*` imports through the `@livewell/source` export
 * condition, so tests run against `src/` and need no build.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProjectInlineConfiguration } from 'vitest/config';

/** Vite's default server conditions, with our source condition first. */
const conditions = ['@livewell/source', 'module', 'node', 'development|production'];

/** Package and example folders that hold tests, in dependency order. */
export const projectDirs = [
  'packages/core',
  'packages/care-plan',
  'packages/activation',
  'packages/peer-support',
  'packages/storage',
  'packages/storage-testkit',
  'packages/storage-postgres',
  'packages/worklist',
  'packages/practice',
  'packages/fhir',
  'examples/gp-practice',
  'examples/custom-adapter',
  'examples/http-service',
  'examples/oruk-api',
  'fuzz',
] as const;

/**
 * The fuzz project runs its input families (`never-throws`, `known-throwing`, `valid-accepted`)
 * in every test run at `FUZZ_RUNS` inputs per family (300 by default; `pnpm fuzz` sets 100,000).
 * Its files share one module graph (`isolate: false`): the catalogue loads every package once.
 */
const fuzzIsolation = { isolate: false } as const;

const here = (dir: string) => fileURLToPath(new URL(`./${dir}`, import.meta.url));

export default projectDirs
  .filter((dir) => existsSync(here(`${dir}/package.json`)))
  .map(
    (dir): TestProjectInlineConfiguration => ({
      root: here(dir),
      resolve: { conditions },
      ssr: { resolve: { conditions, externalConditions: conditions } },
      test: {
        name: dir.split('/').at(-1) as string,
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        ...(dir === 'fuzz' ? fuzzIsolation : {}),
        benchmark: { include: ['src/**/*.bench.ts', 'bench/**/*.bench.ts'] },
        testTimeout: 60_000,
        hookTimeout: 120_000,
      },
    }),
  );
