import { defineConfig } from 'tsup';
import { browserBuild } from '../../scripts/build/browser-build.js';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // dist/browser is the browser build's own output (cleaned by it).
    clean: ['!browser/**'],
    target: 'node20',
    external: ['fast-check'],
    // zod/mini, date-fns and @date-fns/tz are bundled (tree-shaken) into dist: loading them from
    // node_modules costs a Node process ~100 ms of module loading (zod's ~150 files, date-fns's
    // ~250) for the few functions core uses. zod stays a dependency for the types in dist/*.d.ts.
    // Why, and what it means for adopters who use zod too: docs/decisions/0015-zod-import-strategy.md.
    noExternal: ['zod', 'date-fns', '@date-fns/tz'],
  },
  browserBuild(),
]);
