import { type Referral, referralStatuses } from '@livewell/core';
import { contextProblem, isObject } from './input-checks.js';
import { rejection as referralRejection } from './rules.js';
import type { Rejection as ReferralRejection } from './types.js';

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
    typeof referral.updatedAt === 'string'
  );
}

/**
 * Refuses, as a typed value, a context or referral that does not have the shape the machine
 * reads: `invalid-context` or `invalid-input` (the lifecycle parses the command itself). Cheap;
 * it lets the entry points never throw on input that skipped `parseReferralContext`.
 */
export function inputProblem(referral: unknown, context: unknown): ReferralRejection | undefined {
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
