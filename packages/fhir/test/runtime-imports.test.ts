import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('../src', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('runtime imports of @livewell/fhir', () => {
  const files = sourceFiles(src).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('takes only types from @medplum (the built entry runs without it)', () => {
    const offenders = files.filter(({ text }) =>
      /^import (?!type )[^;]*from '@medplum\//m.test(text),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('imports no domain package at runtime, only @livewell/core', () => {
    const offenders = files.filter(({ text }) =>
      /from '@livewell\/(care-plan|activation|peer-support|storage)/.test(text),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });
});
