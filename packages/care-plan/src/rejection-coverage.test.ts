import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { rejectionCodes } from './rejection.js';

const read = (name: string) => readFileSync(fileURLToPath(new URL(name, import.meta.url)), 'utf8');

it('every rejection code has a test in rejections-*.test.ts', () => {
  const tests =
    read('./rejections-access.test.ts') +
    read('./rejections-rules.test.ts') +
    read('./rejections-agenda.test.ts');
  const untested = rejectionCodes.filter((code) => !tests.includes(`'${code}'`));
  expect(untested).toEqual([]);
});
