import { type CarePlanState, carePlanStates, terminalCarePlanStates } from '@livewell/core';
import { carePlanCommandTypes, planStarts, transitionTable } from './table.js';

const node = (state: CarePlanState) => state.replaceAll('-', '_');

/**
 * The lifecycle as a Mermaid state diagram, generated from the transition table (one arrow per
 * pair of states, labelled with the commands that take it). The committed copy lives in
 * `docs/diagrams/care-plan-lifecycle.md` and a test keeps it in step.
 */
export function toMermaid(): string {
  const lines = ['stateDiagram-v2'];
  for (const state of carePlanStates) {
    if (state.includes('-')) lines.push(`  state "${state}" as ${node(state)}`);
  }
  for (const start of planStarts) lines.push(`  [*] --> ${node(start.to)} : ${start.summary}`);
  const edges = new Map<string, string[]>();
  for (const from of carePlanStates) {
    for (const type of carePlanCommandTypes) {
      const row = transitionTable[type];
      if (!row.from.includes(from)) continue;
      const to = row.to === 'same' ? from : row.to;
      const key = `${node(from)} --> ${node(to)}`;
      edges.set(key, [...(edges.get(key) ?? []), row.summary]);
    }
  }
  for (const [edge, labels] of edges) lines.push(`  ${edge} : ${labels.join(', ')}`);
  for (const state of terminalCarePlanStates) lines.push(`  ${node(state)} --> [*]`);
  return `${lines.join('\n')}\n`;
}
