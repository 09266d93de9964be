import { buildSync } from 'esbuild';
import type { Options } from 'tsup';
import { eagerSchemas, lazySchemaModule } from './eager-schemas.js';

/**
 * The browser build of a package: one ESM file per source module under `dist/browser/`, with
 * dependencies (zod, date-fns, ts-pattern) left as imports. A bundler that honours
 * `"sideEffects": false` then keeps only the modules an app reaches, where the single-file Node
 * build keeps every top-level schema of the file. Only the modules the entries reach at run time
 * are emitted (type-only modules and test helpers are not). Package exports point the `browser`
 * condition here; why and the figures: docs/decisions/0017-browser-build.md, docs/browser.md.
 * Schemas core builds on first use in Node are built at load here ({@link ./eager-schemas.ts}).
 *
 * @param entries - the package's browser entry points (`src/index.ts` and subpath entries).
 */
export function browserBuild(entries: readonly string[] = ['src/index.ts']): Options {
  const { metafile } = buildSync({
    entryPoints: [...entries],
    bundle: true,
    packages: 'external',
    platform: 'neutral',
    metafile: true,
    write: false,
    outdir: 'dist/browser',
    logLevel: 'silent',
  });
  // The browser build builds schemas at load (./eager-schemas.ts): nothing imports lazySchema.
  const modules = Object.keys(metafile.inputs).filter(
    (file) => file.startsWith('src/') && !lazySchemaModule.test(file),
  );
  return {
    entry: modules,
    outDir: 'dist/browser',
    format: ['esm'],
    bundle: false,
    dts: false,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'browser',
    esbuildPlugins: [eagerSchemas],
  };
}
