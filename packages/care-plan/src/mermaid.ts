import { toMermaid as lifecycleMermaid } from '@livewell/core';
import { carePlanMachine } from './machine.js';
import { planStarts } from './table.js';

/**
 * The lifecycle as a Mermaid state diagram, generated from the command specs (one arrow per
 * pair of states, labelled with the commands that take it). The committed copy lives in
 * `docs/diagrams/care-plan-lifecycle.md` and a test keeps it in step.
 */
export function toMermaid(): string {
  return lifecycleMermaid(carePlanMachine, planStarts);
}
