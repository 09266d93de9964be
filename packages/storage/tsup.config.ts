import { defineConfig } from 'tsup';
import { browserBuild } from '../../scripts/build/browser-build.js';
import { nodeBuild } from '../../scripts/build/node-build.js';

export default defineConfig([
  nodeBuild({
    entry: { index: 'src/index.ts', driver: 'src/driver/index.ts' },
    // One copy of the error classes behind both entries, in ESM and in CJS, so `instanceof`
    // holds whichever entry threw.
    splitting: true,
  }),
  browserBuild(['src/index.ts', 'src/driver/index.ts']),
]);
