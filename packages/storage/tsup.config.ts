import { defineConfig } from 'tsup';
import { browserBuild } from '../../scripts/build/browser-build.js';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', driver: 'src/driver/index.ts' },
    // One copy of the error classes behind both entries, in ESM and in CJS, so `instanceof`
    // holds whichever entry threw.
    splitting: true,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // dist/browser is the browser build's own output (cleaned by it).
    clean: ['!browser/**'],
    target: 'node20',
    external: [],
  },
  browserBuild(['src/index.ts', 'src/driver/index.ts']),
]);
