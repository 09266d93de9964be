import {
  type Coding,
  err,
  instantToMs,
  ok,
  type Referral,
  type ReferralStatus,
  type ReferralStatusChange,
  sameCoding,
} from '@livewell/core';
import type { ReferralContext } from './context.js';
import type { EventBody, Rejection, TransitionEvent } from './types.js';

/** Who may issue what: the parties, as the command specs name them. */
export const SERVICE = ['service'] as const;
export const REFERRER = ['referrer'] as const;
export const SERVICE_OR_PERSON = ['service', 'person'] as const;
export const ANYONE = ['service', 'referrer', 'person'] as const;

/** Statuses a referral is open in (it can be paused from and resumed to them). */
export const openStatuses = ['made', 'contacted', 'accepted', 'attending'] as const;

/** Builds a referral {@link Rejection}. */
export const rejection = (
  code: Rejection['code'],
  message: string,
  details?: Readonly<Record<string, unknown>>,
): Rejection => (details === undefined ? { code, message } : { code, message, details });

/**
 * Records `body` unless `now` is before the referral's last change (`time-before-last-change`).
 * Every command's `decide` ends here.
 */
export function record(referral: Referral, context: ReferralContext, body: EventBody) {
  if (instantToMs(context.now) < instantToMs(referral.updatedAt)) {
    return err(
      rejection(
        'time-before-last-change',
        'The command is dated before the referral last changed.',
        {
          now: context.now,
          updatedAt: referral.updatedAt,
        },
      ),
    );
  }
  return ok([body]);
}

/** `{ reason }` when the command has one, else nothing (optional reasons stay absent). */
export const reasonOf = (command: { readonly reason?: string | undefined }) =>
  command.reason === undefined ? {} : { reason: command.reason };

/**
 * Moves a working referral into `status` for `event`: appends the history entry (returned, for
 * the caller to add to), sets the status and `updatedAt`, and drops `pausedFrom`.
 */
export function enter(
  working: Referral,
  event: TransitionEvent,
  status: ReferralStatus,
): ReferralStatusChange {
  const change: ReferralStatusChange = { status, at: event.at, actor: event.actor };
  if (event.reason !== undefined) change.reason = event.reason;
  working.history.push(change);
  working.status = status;
  working.updatedAt = event.at;
  delete working.pausedFrom;
  return change;
}

/** Adds `code` to the working referral's codes unless it is there already. */
export function addCode(working: Referral, code: Coding): void {
  if (!working.codes.some((c) => sameCoding(c, code))) working.codes.push(code);
}
