import { defineConfig } from 'tsup';
import { browserBuild } from '../../scripts/build/browser-build.js';
import { nodeBuild } from '../../scripts/build/node-build.js';

export default defineConfig([
  nodeBuild({
    entry: { index: 'src/index.ts', 'laws/index': 'src/laws/index.ts' },
    external: ['fast-check'],
    // The law suite loads fast-check with createRequire(import.meta.url); the CJS build needs the shim.
    shims: true,
  }),
  browserBuild(),
]);
