/** Writes docs/diagrams/care-plan-lifecycle.md from the transition table. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lifecycleDiagramMarkdown } from '../src/diagram-doc.js';

const target = fileURLToPath(
  new URL('../../../docs/diagrams/care-plan-lifecycle.md', import.meta.url),
);
writeFileSync(target, lifecycleDiagramMarkdown());
console.log(`wrote ${target}`);
