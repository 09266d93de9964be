import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { problemTypes } from './problem-types.js';

const docs = readFileSync(
  fileURLToPath(new URL('../../../../docs/http.md', import.meta.url)),
  'utf8',
);

it('docs/http.md lists every code with the status and title problemTypes gives it', () => {
  const block = docs.split('<!-- problem-types:start')[1]?.split('<!-- problem-types:end -->')[0];
  const rows = (block ?? '')
    .split('\n')
    .map((line) => /^\| `([^`]+)` \| (\d{3}) \| (.+) \|$/.exec(line))
    .filter((match) => match !== null)
    .map(([, code, status, title]) => [code, { status: Number(status), title }]);
  expect(Object.fromEntries(rows)).toEqual(problemTypes);
});
