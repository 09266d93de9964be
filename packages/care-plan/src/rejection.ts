import { type Rejection as KitRejection, rejectionOf } from '@livewell/core';

/** Every reason the machine can refuse a command; stable, safe to match on. */
export const rejectionCodes = [
  'not-authorised',
  'invalid-transition',
  'terminal-state',
  'invalid-command',
  'invalid-context',
  'reason-required',
  'missing-what-matters',
  'missing-person-goal',
  'missing-action-plan',
  'incomplete-action-plan',
  'low-confidence-needs-reason',
  'results-lead-time',
  'review-date-not-after-now',
  'review-not-due',
  'unknown-goal',
  'unknown-action-plan',
  'invalid-history',
  'goal-not-measured',
  'unknown-agenda-question',
  'unknown-agenda-topic',
  'agenda-topic-unmarked',
] as const;

/** A stable rejection code. */
export type RejectionCode = (typeof rejectionCodes)[number];

/** Why a command (or a history, for replay) was refused: the kit's `Rejection` with these codes. */
export type Rejection = KitRejection<RejectionCode>;

/** Builds a {@link Rejection}. */
export function rejection(
  code: RejectionCode,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): Rejection {
  return rejectionOf(code, message, details);
}
