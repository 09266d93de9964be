import { defineConfig } from 'tsup';
import { browserBuild } from '../../scripts/build/browser-build.js';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', 'laws/index': 'src/laws/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // dist/browser is the browser build's own output (cleaned by it).
    clean: ['!browser/**'],
    target: 'node20',
    external: ['fast-check'],
    // The law suite loads fast-check with createRequire(import.meta.url); the CJS build needs the shim.
    shims: true,
  },
  browserBuild(),
]);
