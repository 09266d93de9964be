import { defineConfig } from 'tsup';
import { browserBuild } from '../../scripts/build/browser-build.js';
import { nodeBuild } from '../../scripts/build/node-build.js';

export default defineConfig([
  nodeBuild({
    entry: { index: 'src/index.ts' },
  }),
  browserBuild(),
]);
