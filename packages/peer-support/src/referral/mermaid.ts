import { type ReferralTransition, referralTransitions } from './transitions.js';

const node = (status: string): string => status.replaceAll('-', '_');

/**
 * A Mermaid state diagram of the referral lifecycle, generated from
 * {@link referralTransitions}: one arrow per row, labelled `command (who)`. The docs embed
 * this output and a test keeps them in step.
 */
export function referralLifecycleMermaid(
  transitions: readonly ReferralTransition[] = referralTransitions,
): string {
  const statuses = new Set<string>();
  for (const row of transitions) {
    statuses.add(row.from);
    statuses.add(row.to);
  }
  const lines = ['stateDiagram-v2', '  [*] --> draft'];
  for (const status of statuses) {
    if (status.includes('-')) lines.push(`  state "${status}" as ${node(status)}`);
  }
  for (const row of transitions) {
    const who = row.who.join(', ');
    lines.push(`  ${node(row.from)} --> ${node(row.to)}: ${row.command} (${who})`);
  }
  for (const terminal of ['completed', 'declined', 'not-completed', 'entered-in-error']) {
    if (statuses.has(terminal)) lines.push(`  ${node(terminal)} --> [*]`);
  }
  return `${lines.join('\n')}\n`;
}
