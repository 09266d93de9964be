import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toMarkdownTable, toMermaid } from './docs.js';

const doc = readFileSync(
  fileURLToPath(new URL('../../../../docs/referrals-and-programmes.md', import.meta.url)),
  'utf8',
);

/** The text between `<!-- begin:name -->` and `<!-- end:name -->` in the doc. */
function block(name: string): string {
  const match = doc.match(new RegExp(`<!-- begin:${name} -->\\n([\\s\\S]*?)<!-- end:${name} -->`));
  if (!match?.[1]) throw new Error(`docs/referrals-and-programmes.md has no ${name} block`);
  return match[1];
}

describe('docs/referrals-and-programmes.md stays in step with the enrolment command specs', () => {
  it('embeds the generated Mermaid diagram', () => {
    expect(block('enrolment-lifecycle')).toBe(`\`\`\`mermaid\n${toMermaid()}\`\`\`\n`);
  });

  it('embeds the generated table', () => {
    expect(block('enrolment-transitions')).toBe(toMarkdownTable());
  });
});
