import { toMermaid } from './mermaid.js';
import type { Permission } from './permissions.js';
import { carePlanCommandTypes, transitionTable } from './table.js';

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

const who = (permission: Permission): string =>
  [
    ...(permission.person ? ['person'] : []),
    ...(permission.carer ? ['carer (with consent)'] : []),
    ...permission.roles,
    ...(permission.system ? ['system'] : []),
  ].join(', ');

/** The transition table as a Markdown table (command, from, to, who), for the guide. */
export function transitionTableMarkdown(): string {
  const rows = carePlanCommandTypes.map((type) => {
    const row = transitionTable[type];
    const to = row.to === 'same' ? '(same)' : `\`${row.to}\``;
    return `| \`${type}\` | ${row.from.map((s) => `\`${s}\``).join(', ')} | ${to} | ${who(row.who)} |`;
  });
  return [
    '| Command | Accepted in | Leads to | Who may issue it |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
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
