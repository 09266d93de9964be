import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// ADR 0013: exports are listed by name, so that adding one is a visible line in a diff. The one
// exception: a package's entry may re-export whole a barrel of its own (`./<area>/index.js`), and
// that barrel lists its own exports by name (core's entry and its eleven areas).
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const roots = ['packages', 'examples'].flatMap((top) =>
  readdirSync(join(repo, top)).map((name) => join(repo, top, name, 'src')),
);

function sources(dir: string): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(path);
    return /\.ts$/.test(e.name) && !/\.test\.ts$|\.d\.ts$/.test(e.name) ? [path] : [];
  });
}

const starExport = /^export \*(?: as \w+)? from '([^']+)';/gm;

describe('every export is listed by name (ADR 0013)', () => {
  it('re-exports a whole module only from an entry, of its own barrel that lists by name', () => {
    const wrong: string[] = [];
    for (const root of roots) {
      for (const file of sources(root)) {
        const text = readFileSync(file, 'utf8');
        for (const [line, target] of text.matchAll(starExport)) {
          const at = `${relative(repo, file)}: ${line}`;
          const namespace = line.startsWith('export * as');
          const fromEntry = file === join(root, 'index.ts');
          if (!namespace && !(fromEntry && /^\.\/[\w-]+\/index\.js$/.test(target ?? ''))) {
            wrong.push(at);
            continue;
          }
          const barrel = resolve(dirname(file), (target ?? '').replace(/\.js$/, '.ts'));
          if (/^export \*/m.test(readFileSync(barrel, 'utf8').replace(/^export \* as .*$/gm, ''))) {
            wrong.push(`${at} (its barrel re-exports a whole module itself)`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
