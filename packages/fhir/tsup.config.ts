import { defineConfig } from 'tsup';
import { browserBuild } from '../../scripts/build/browser-build.js';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // dist/browser is the browser build's own output (cleaned by it).
    clean: ['!browser/**'],
    target: 'node20',
    external: ['@medplum/fhirtypes'],
  },
  browserBuild(),
]);
