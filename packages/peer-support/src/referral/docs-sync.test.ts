import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toMarkdownTable, toMermaid } from './docs.js';

const docPath = fileURLToPath(
  new URL('../../../../docs/referrals-and-programmes.md', import.meta.url),
);
const doc = readFileSync(docPath, 'utf8');

/** The text between `<!-- begin:name -->` and `<!-- end:name -->` in the doc. */
function block(name: string): string {
  const match = doc.match(new RegExp(`<!-- begin:${name} -->\\n([\\s\\S]*?)<!-- end:${name} -->`));
  if (!match?.[1]) throw new Error(`docs/referrals-and-programmes.md has no ${name} block`);
  return match[1];
}

describe('docs/referrals-and-programmes.md stays in step with the command specs', () => {
  it('embeds the generated Mermaid diagram', () => {
    expect(block('referral-lifecycle')).toBe(`\`\`\`mermaid\n${toMermaid()}\`\`\`\n`);
  });

  it('embeds the generated transitions table', () => {
    expect(block('referral-transitions')).toBe(toMarkdownTable());
  });
});
