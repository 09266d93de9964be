import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { licensedInstruments } from './descriptors.js';

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
const repoRoot = join(packageRoot, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(ts|md|json)$/.test(name) ? [path] : [];
  });
}

const scanned = [
  ...filesUnder(join(packageRoot, 'src')),
  join(packageRoot, 'README.md'),
  join(repoRoot, 'docs', 'activation.md'),
  join(repoRoot, 'docs', 'practices.md'),
].filter((path) => {
  try {
    return statSync(path).isFile() && !path.endsWith('licensed-content.test.ts');
  } catch {
    return false;
  }
});

const sources = scanned.map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('no licensed instrument content in the package', () => {
  it('scans the package source, README and docs', () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  it('licensed descriptors carry no items, item text, scales or scoring tables', () => {
    const forbidden = new Set(['items', 'text', 'scales', 'table', 'options', 'rule']);
    const keysOf = (value: unknown): string[] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)])
        : [];
    for (const descriptor of Object.values(licensedInstruments)) {
      expect(keysOf(descriptor).filter((k) => forbidden.has(k))).toEqual([]);
    }
  });

  it('contains no questionnaire statements in the first person (the form PAM and SWEMWBS items take)', () => {
    const firstPerson =
      /\bI(?:'|’)?(?: am| know| have| can| understand| feel| was| ve been| 've been| ’ve been|’ve been|'ve been| could| will)\b/;
    const hits = sources.flatMap(({ path, text }) =>
      text
        .split('\n')
        .filter((line) => firstPerson.test(line))
        .map((line) => `${path}: ${line.trim()}`),
    );
    expect(hits).toEqual([]);
  });

  it('contains no raw-to-score conversion table (runs of decimal scores or raw/score rows)', () => {
    const decimalRun = /(?:\d+\.\d+\s*[,|]\s*){7,}\d+\.\d+/;
    const rawScoreRows =
      /raw:\s*\d+\s*,\s*score:\s*\d+\.\d+[\s\S]{0,80}raw:\s*\d+\s*,\s*score:\s*\d+\.\d+/;
    const hits = sources
      .filter(({ text }) => decimalRun.test(text) || rawScoreRows.test(text))
      .map(({ path }) => path);
    expect(hits).toEqual([]);
  });

  it('the patterns do catch a table and a first-person statement when present', () => {
    expect(
      /(?:\d+\.\d+\s*[,|]\s*){7,}\d+\.\d+/.test('1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 8.8'),
    ).toBe(true);
    expect(/\bI(?:'|’)?(?: am| know)\b/.test('I am sure')).toBe(true);
  });
});
