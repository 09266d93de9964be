import { toMarkdownTable } from '@livewell/core';
import { carePlanMachine } from './machine.js';
import { toMermaid } from './mermaid.js';
import type { Permission } from './permissions.js';

/**
 * The Markdown page committed at `docs/diagrams/care-plan-lifecycle.md`: a short heading and the
 * generated {@link toMermaid} diagram. Regenerate with `pnpm --filter @livewell/care-plan diagram`.
 */
export function lifecycleDiagramMarkdown(): string {
  return [
    '# Care and support plan lifecycle',
    '',
    'Generated from the command specs of `@livewell/care-plan` by `toMermaid()`; do not edit by',
    'hand. Regenerate with `pnpm --filter @livewell/care-plan diagram` (a test fails when this file',
    'and the table disagree). Self-loops are commands that record something without changing state.',
    '',
    '```mermaid',
    toMermaid().trimEnd(),
    '```',
    '',
  ].join('\n');
}

const who = (permission: Permission): string =>
  [
    ...(permission.person ? ['person'] : []),
    ...(permission.carer ? ['carer (with consent)'] : []),
    ...permission.roles,
    ...(permission.system ? ['system (named in policy)'] : []),
  ].join(', ');

/** The transition table as a Markdown table (command, from, to, who, summary), for the guide. */
export function transitionTableMarkdown(): string {
  return toMarkdownTable(carePlanMachine, who);
}

/** Markers around the generated table in `docs/care-plan.md`. */
export const TABLE_START =
  '<!-- transition-table:start (generated; run `pnpm --filter @livewell/care-plan diagram`) -->';
/** End marker of the generated table. */
export const TABLE_END = '<!-- transition-table:end -->';

/** Replaces the generated table between the markers in a Markdown document. */
export function withTransitionTable(markdown: string): string {
  const start = markdown.indexOf(TABLE_START);
  const end = markdown.indexOf(TABLE_END);
  if (start < 0 || end < start) return markdown;
  return `${markdown.slice(0, start + TABLE_START.length)}\n${transitionTableMarkdown()}\n${markdown.slice(end)}`;
}
