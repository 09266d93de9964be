import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', driver: 'src/driver/index.ts' },
  // One copy of the error classes behind both entries, in ESM and in CJS, so `instanceof`
  // holds whichever entry threw.
  splitting: true,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  external: [],
});
