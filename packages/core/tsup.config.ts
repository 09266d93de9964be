import { defineConfig } from 'tsup';
import { browserBuild } from '../../scripts/build/browser-build.js';
import { nodeBuild } from '../../scripts/build/node-build.js';

export default defineConfig([
  nodeBuild({
    entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
    external: ['fast-check'],
    // zod/mini, date-fns and @date-fns/tz are bundled (tree-shaken) into dist: loading them from
    // node_modules costs a Node process ~100 ms of module loading (zod's ~150 files, date-fns's
    // ~250) for the few functions core uses. zod stays a dependency for the types in dist/*.d.ts.
    // Why, and what it means for adopters who use zod too: docs/decisions/0015-zod-import-strategy.md.
    noExternal: ['zod', 'date-fns', '@date-fns/tz'],
  }),
  browserBuild(),
]);
