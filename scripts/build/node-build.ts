import type { Options } from 'tsup';
import { asciiDist } from './ascii-dist.js';

/**
 * The Node build of a package: ESM and CJS, one file per entry, with declarations and source
 * maps, for Node 20. `options` adds the package's own settings (entries, externals). It leaves
 * dist/browser/ to the browser build ({@link ./browser-build.ts}), which cleans it itself. The
 * output is made pure ASCII ({@link ./ascii-dist.ts}), which Node loads one byte per character.
 */
export function nodeBuild(options: Options & Required<Pick<Options, 'entry'>>): Options {
  return {
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: ['!browser/**'],
    target: 'node20',
    onSuccess: async () => asciiDist(),
    ...options,
  };
}
