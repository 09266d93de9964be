import {
  type ReferralCommandType,
  reasonRequiredCommands,
  referralCommandTypes,
} from './command.js';
import { type ReferralTransition, referralTransitions } from './transitions.js';

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * A Markdown table of the lifecycle generated from {@link referralTransitions}: one line per
 * command with the statuses it applies from, where it leads, who may issue it and whether a
 * reason is required. The docs embed this output and a test keeps them in step.
 */
export function referralTransitionsMarkdown(
  transitions: readonly ReferralTransition[] = referralTransitions,
): string {
  const lines = [
    '| Command | From | To | Who may issue it | Reason |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const command of referralCommandTypes) {
    const rows = transitions.filter((row) => row.command === command);
    if (rows.length === 0) continue;
    const cell = (values: readonly string[]) =>
      unique(values)
        .map((v) => `\`${v}\``)
        .join(', ');
    const to =
      command === 'resume'
        ? `the status it was paused from (${cell(rows.map((r) => r.to))})`
        : cell(rows.map((r) => r.to));
    const reason = reasonRequiredCommands.includes(command as ReferralCommandType)
      ? 'required'
      : 'optional';
    lines.push(
      `| \`${command}\` | ${cell(rows.map((r) => r.from))} | ${to} | ${unique(rows.flatMap((r) => r.who)).join(', ')} | ${reason} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
