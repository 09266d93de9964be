import {
  type Coding,
  err,
  ok,
  type Referral,
  type ReferralEvent,
  type ReferralStatus,
  type ReferralStatusChange,
  type Result,
  sameCoding,
} from '@livewell/core';
import { type ReferralRejection, referralRejection } from './rejection.js';

type TransitionEvent = Exclude<ReferralEvent, { type: 'referral.created' }>;

/** The status each transition event leads to (`resumed` carries its own target). */
function statusAfter(event: TransitionEvent): ReferralStatus {
  switch (event.type) {
    case 'referral.made':
      return 'made';
    case 'referral.contacted':
      return 'contacted';
    case 'referral.accepted':
      return 'accepted';
    case 'referral.declined':
      return 'declined';
    case 'referral.attendance-started':
      return 'attending';
    case 'referral.completed':
      return 'completed';
    case 'referral.not-completed':
      return 'not-completed';
    case 'referral.paused':
      return 'paused';
    case 'referral.resumed':
      return event.resumedTo;
    case 'referral.entered-in-error':
      return 'entered-in-error';
  }
}

const withCode = (codes: readonly Coding[], code: Coding): Coding[] =>
  codes.some((c) => sameCoding(c, code)) ? [...codes] : [...codes, code];

/** The referral a `referral.created` event describes: a draft with one history entry. */
export function referralFromCreated(
  event: Extract<ReferralEvent, { type: 'referral.created' }>,
): Referral {
  const referral: Referral = {
    schemaVersion: 1,
    id: event.referralId,
    tenantId: event.tenantId,
    personId: event.personId,
    serviceId: event.serviceId,
    referrer: event.actor,
    route: event.route,
    reason: event.reason,
    status: 'draft',
    history: [{ status: 'draft', at: event.at, actor: event.actor }],
    codes: [],
    createdAt: event.at,
    updatedAt: event.at,
  };
  if (event.basedOn !== undefined) referral.basedOn = event.basedOn;
  return referral;
}

/**
 * Applies one transition event to a referral, returning a new referral (the input is not
 * changed). Events are facts: no rule is checked here; {@link transitionReferral} checks them
 * before an event exists.
 */
export function applyReferralEvent(referral: Referral, event: TransitionEvent): Referral {
  const status = statusAfter(event);
  const change: ReferralStatusChange = { status, at: event.at, actor: event.actor };
  if (event.reason !== undefined) change.reason = event.reason;
  if (event.type === 'referral.not-completed') change.cause = event.cause;
  if (event.type === 'referral.declined' && event.declinedBy !== undefined) {
    change.declinedBy = event.declinedBy;
  }
  const { pausedFrom: _previous, ...rest } = referral;
  const next: Referral = {
    ...rest,
    status,
    history: [...referral.history, change],
    updatedAt: event.at,
  };
  if (event.type === 'referral.accepted') next.codes = withCode(referral.codes, event.code);
  if (event.type === 'referral.declined' && event.code !== undefined) {
    next.codes = withCode(referral.codes, event.code);
  }
  if (status === 'paused' && referral.status !== 'paused' && referral.status !== 'draft') {
    const from = referral.status;
    if (from === 'made' || from === 'contacted' || from === 'accepted' || from === 'attending') {
      next.pausedFrom = from;
    }
  }
  return next;
}

/**
 * Rebuilds a referral from its events (oldest first). The first must be `referral.created`
 * and all must belong to the same referral and tenant.
 *
 * @example
 * const rebuilt = replayReferral(events); // deep-equals the referral that produced them
 */
export function replayReferral(
  events: readonly ReferralEvent[],
): Result<Referral, ReferralRejection> {
  const [first, ...rest] = events;
  if (first === undefined || first.type !== 'referral.created') {
    return err(
      referralRejection(
        'invalid-event-sequence',
        'A referral history must start with a referral.created event.',
      ),
    );
  }
  let referral = referralFromCreated(first);
  // Histories are collected here and attached once, so replay stays linear in the events.
  const history: ReferralStatusChange[] = [...referral.history];
  for (const [index, event] of rest.entries()) {
    if (event.type === 'referral.created') {
      return err(
        referralRejection('invalid-event-sequence', 'A referral can only be created once.', {
          index: index + 1,
        }),
      );
    }
    if (event.referralId !== referral.id || event.tenantId !== referral.tenantId) {
      return err(
        referralRejection('invalid-event-sequence', 'An event belongs to another referral.', {
          index: index + 1,
          referralId: event.referralId,
        }),
      );
    }
    referral = applyReferralEvent({ ...referral, history: [] }, event);
    history.push(...referral.history);
  }
  return ok({ ...referral, history });
}
