import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryId, type ModuleName } from './catalogue/entry.js';
import { catalogue } from './catalogue/index.js';
import { exportedFunctions, publicModules } from './catalogue/modules.js';
import { notFuzzed } from './catalogue/not-fuzzed.js';

const modules = Object.keys(publicModules) as ModuleName[];
const listed = (module: ModuleName) =>
  new Set([
    ...catalogue.filter((e) => e.module === module).map((e) => e.name),
    ...notFuzzed.filter((n) => n.module === module).flatMap((n) => n.names),
  ]);

describe('the fuzz catalogue keeps up with the public surface', () => {
  it.each(modules)(
    'every exported function of %s is fuzzed or listed as taking no outside data',
    (module) => {
      const missing = exportedFunctions(publicModules[module]).filter(
        (name) => !listed(module).has(name),
      );
      expect(
        missing,
        `add these to fuzz/src/catalogue (or to not-fuzzed.ts with a reason)`,
      ).toEqual([]);
    },
  );

  it.each(modules)('every name listed for %s is a real exported function', (module) => {
    const exported = new Set(exportedFunctions(publicModules[module]));
    const stale = [...listed(module)].filter((name) => !exported.has(name));
    expect(stale, 'remove these from the catalogue or not-fuzzed.ts').toEqual([]);
  });

  it('no function is both fuzzed and listed as not fuzzed, and no entry is catalogued twice', () => {
    const fuzzed = new Set(catalogue.map((e) => `${e.module}#${e.name}`));
    const both = notFuzzed
      .flatMap((n) => n.names.map((name) => `${n.module}#${name}`))
      .filter((id) => fuzzed.has(id));
    expect(both).toEqual([]);
    const ids = catalogue.map(entryId);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('every public entry point of every package is loaded here', () => {
    // A package's exports map names its entry points; each must be in `publicModules`.
    const root = new URL('../../packages/', import.meta.url);
    const entries = readdirSync(root).flatMap((dir) => {
      const manifest = JSON.parse(readFileSync(new URL(`${dir}/package.json`, root), 'utf8')) as {
        name: string;
        private?: boolean;
        exports?: Record<string, unknown>;
      };
      return Object.keys(manifest.exports ?? {})
        .filter((key) => key !== './package.json')
        .map((key) => (key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`));
    });
    expect(entries.sort()).toEqual([...modules].sort());
  });
});
