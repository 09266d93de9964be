import { err, ok, parseReferralCommand, type ReferralCommand, type Result } from '@livewell/core';
import { rejection } from './rules.js';
import type { Rejection } from './types.js';

/** A request to move a referral on (schema and parser in `@livewell/core`). */
export type { ReferralCommand as Command };

/** The `type` of a referral command. */
export type CommandType = ReferralCommand['type'];

/** Commands that must carry a non-blank reason. */
export const reasonRequiredCommands: readonly CommandType[] = [
  'decline',
  'mark-not-completed',
  'pause',
  'enter-in-error',
];

/**
 * Parses a command for the lifecycle: core's schema is the one source of its limits. A reason
 * that is missing, empty or blank where required is `reason-required`, one over the limit
 * `reason-too-long`; anything else malformed is `invalid-command`.
 */
export function parseCommand(input: unknown): Result<ReferralCommand, Rejection> {
  const parsed = parseReferralCommand(input);
  if (!parsed.ok) {
    const issue = parsed.error.issues[0];
    if (issue?.path[0] === 'reason' && issue.code === 'too_big') {
      return err(rejection('reason-too-long', 'A reason has at most 2,000 characters.'));
    }
    const reason = typeof input === 'object' && input !== null ? Reflect.get(input, 'reason') : 1;
    if (issue?.path[0] === 'reason' && (reason === undefined || reason === '')) {
      return err(rejection('reason-required', 'The command needs a reason.'));
    }
    return err(rejection('invalid-command', parsed.error.message, { issues: parsed.error.issues }));
  }
  const command = parsed.value;
  if (reasonRequiredCommands.includes(command.type) && (command.reason ?? '').trim() === '') {
    return err(rejection('reason-required', `"${command.type}" needs a reason.`));
  }
  return ok(command);
}
