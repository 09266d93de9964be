import { toMermaid } from './mermaid.js';

/**
 * The Markdown page committed at `docs/diagrams/care-plan-lifecycle.md`: a short heading and the
 * generated {@link toMermaid} diagram. Regenerate with `pnpm --filter @livewell/care-plan diagram`.
 */
export function lifecycleDiagramMarkdown(): string {
  return [
    '# Care and support plan lifecycle',
    '',
    'Generated from the transition table of `@livewell/care-plan` by `toMermaid()`; do not edit by',
    'hand. Regenerate with `pnpm --filter @livewell/care-plan diagram` (a test fails when this file',
    'and the table disagree). Self-loops are commands that record something without changing state.',
    '',
    '```mermaid',
    toMermaid().trimEnd(),
    '```',
    '',
  ].join('\n');
}
