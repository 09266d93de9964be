import {
  type Referral,
  ReferralDeclinerSchema,
  ReferralNotCompletedCauseSchema,
  referralStatuses,
} from '@livewell/core';
import { referralCommandTypes } from './command.js';
import { contextProblem, hasType, isInstant, isObject, optionalText } from './input-checks.js';
import { type ReferralRejection, referralRejection } from './rejection.js';

const causes: readonly string[] = ReferralNotCompletedCauseSchema.options;
const decliners: readonly string[] = ReferralDeclinerSchema.options;

/** What is wrong with a command's shape, if anything (the parser gives the full story). */
function commandProblem(command: unknown): string | undefined {
  if (!hasType(command, referralCommandTypes)) return 'the command type is not a referral command';
  const c = command as Record<string, unknown>;
  if (!optionalText(c.reason)) return 'the reason is not text';
  if (c.type === 'mark-not-completed' && !causes.includes(c.cause as string)) {
    return 'mark-not-completed needs a cause';
  }
  if (
    c.type === 'decline' &&
    c.declinedBy !== undefined &&
    !decliners.includes(c.declinedBy as string)
  ) {
    return 'declinedBy is not person, carer or service';
  }
  return undefined;
}

/** True when a referral has what the machine reads (records come parsed or upcast from storage). */
function isReferralShaped(referral: unknown): referral is Referral {
  return (
    isObject(referral) &&
    referralStatuses.includes(referral.status as Referral['status']) &&
    typeof referral.personId === 'string' &&
    typeof referral.serviceId === 'string' &&
    isObject(referral.referrer) &&
    Array.isArray(referral.history) &&
    Array.isArray(referral.codes) &&
    isInstant(referral.updatedAt)
  );
}

/**
 * Refuses, as a typed value, a command, context or referral that does not have the shape the
 * machine reads: `invalid-command`, `invalid-context` or `invalid-input`. Cheap; it lets the
 * entry points never throw on input that skipped `parseReferralCommand` / `parseReferralContext`.
 */
export function inputProblem(
  referral: unknown,
  command: unknown,
  context: unknown,
): ReferralRejection | undefined {
  const commandIssue = commandProblem(command);
  if (commandIssue !== undefined) {
    return referralRejection('invalid-command', `Invalid referral command: ${commandIssue}.`);
  }
  const contextIssue = contextProblem(context, true);
  if (contextIssue !== undefined) {
    return referralRejection('invalid-context', `Invalid referral context: ${contextIssue}.`);
  }
  if (!isReferralShaped(referral)) {
    return referralRejection('invalid-input', 'The referral is not a parsed referral record.');
  }
  return undefined;
}

/** The refusal for input that could not even be read (a throwing getter, a revoked proxy). */
export const unreadable = (cause: unknown): ReferralRejection =>
  referralRejection('invalid-input', 'An argument could not be read.', {
    cause: cause instanceof Error ? cause.message : 'unreadable value',
  });
