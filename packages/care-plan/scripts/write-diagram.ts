/** Writes docs/diagrams/care-plan-lifecycle.md and the table in docs/care-plan.md from the transition table. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lifecycleDiagramMarkdown, withTransitionTable } from '../src/diagram-doc.js';

const docs = (path: string) => fileURLToPath(new URL(`../../../docs/${path}`, import.meta.url));
writeFileSync(docs('diagrams/care-plan-lifecycle.md'), lifecycleDiagramMarkdown());
const guide = docs('care-plan.md');
writeFileSync(guide, withTransitionTable(readFileSync(guide, 'utf8')));
console.log('wrote docs/diagrams/care-plan-lifecycle.md and the table in docs/care-plan.md');
