import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { carePlanStates } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { lifecycleDiagramMarkdown } from './diagram-doc.js';
import { toMermaid } from './mermaid.js';
import { carePlanCommandTypes, transitionTable } from './table.js';

const committed = fileURLToPath(
  new URL('../../../docs/diagrams/care-plan-lifecycle.md', import.meta.url),
);

describe('toMermaid', () => {
  it('matches the committed diagram in docs/diagrams (run `pnpm --filter @livewell/care-plan diagram`)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(lifecycleDiagramMarkdown());
  });

  it('draws every state and every table row', () => {
    const diagram = toMermaid();
    expect(diagram.startsWith('stateDiagram-v2\n')).toBe(true);
    for (const state of carePlanStates) expect(diagram).toContain(state.replaceAll('-', '_'));
    for (const type of carePlanCommandTypes) {
      expect(diagram).toContain(transitionTable[type].summary);
    }
  });
});
