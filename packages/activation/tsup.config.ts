import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'laws/index': 'src/laws/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  external: ['fast-check'],
  // The law suite loads fast-check with createRequire(import.meta.url); the CJS build needs the shim.
  shims: true,
});
