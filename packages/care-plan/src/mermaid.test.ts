import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { carePlanStates } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { lifecycleDiagramMarkdown, TABLE_START, withTransitionTable } from './diagram-doc.js';
import { toMermaid } from './mermaid.js';
import { carePlanCommandTypes, transitionTable } from './table.js';

const committed = fileURLToPath(
  new URL('../../../docs/diagrams/care-plan-lifecycle.md', import.meta.url),
);

describe('toMermaid', () => {
  it('matches the committed diagram in docs/diagrams (run `pnpm --filter @livewell/care-plan diagram`)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(lifecycleDiagramMarkdown());
  });

  it('matches the generated transition table in docs/care-plan.md', () => {
    const guide = readFileSync(
      fileURLToPath(new URL('../../../docs/care-plan.md', import.meta.url)),
      'utf8',
    );
    expect(guide).toContain(TABLE_START);
    expect(guide).toBe(withTransitionTable(guide));
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
