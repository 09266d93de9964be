import {
  err,
  instantToMs,
  isTerminalReferralStatus,
  ok,
  type RecordId,
  type Referral,
  type ReferralEvent,
  type Result,
  referralAcceptedCoding,
  referralDeclinedCoding,
} from '@livewell/core';
import { applyReferralEvent } from './apply.js';
import { type ReferralCommand, reasonRequiredCommands } from './command.js';
import { partiesOf, type ReferralContext } from './context.js';
import { type ReferralRejection, referralRejection } from './rejection.js';
import { findReferralTransition } from './transitions.js';

/** The longest reason a command may carry. */
export const MAX_REASON_LENGTH = 2000;

/** A referral after a successful command, with the events that record it. */
export interface ReferralOutcome {
  readonly referral: Referral;
  readonly events: readonly ReferralEvent[];
}

type TransitionEvent = Exclude<ReferralEvent, { type: 'referral.created' }>;

/** Checks a command's reason: required ones must be non-blank; none may be too long. */
export function checkReason(command: {
  readonly type: ReferralCommand['type'];
  readonly reason?: string | undefined;
}): ReferralRejection | undefined {
  const reason = command.reason;
  if (reasonRequiredCommands.includes(command.type) && (reason ?? '').trim() === '') {
    return referralRejection('reason-required', `"${command.type}" needs a reason.`, {
      command: command.type,
    });
  }
  if (reason !== undefined && (reason.length === 0 || reason.length > MAX_REASON_LENGTH)) {
    return referralRejection(
      reason.length === 0 ? 'reason-required' : 'reason-too-long',
      `A reason must have 1 to ${MAX_REASON_LENGTH} characters.`,
      { command: command.type, length: reason.length },
    );
  }
  return undefined;
}

function eventFor(
  referral: Referral,
  command: ReferralCommand,
  context: ReferralContext,
): TransitionEvent {
  const base = {
    schemaVersion: 1 as const,
    id: context.ids('event') as RecordId,
    tenantId: referral.tenantId,
    referralId: referral.id,
    at: context.now,
    actor: context.actor,
  };
  const reason = command.reason === undefined ? {} : { reason: command.reason };
  switch (command.type) {
    case 'make':
      return { type: 'referral.made', ...base, ...reason };
    case 'record-contact':
      return { type: 'referral.contacted', ...base, ...reason };
    case 'accept':
      return { type: 'referral.accepted', ...base, ...reason, code: referralAcceptedCoding };
    case 'decline':
      return {
        type: 'referral.declined',
        ...base,
        reason: command.reason,
        code: referralDeclinedCoding,
      };
    case 'start-attending':
      return { type: 'referral.attendance-started', ...base, ...reason };
    case 'complete':
      return { type: 'referral.completed', ...base, ...reason };
    case 'mark-not-completed':
      return {
        type: 'referral.not-completed',
        ...base,
        reason: command.reason,
        cause: command.cause,
      };
    case 'pause':
      return { type: 'referral.paused', ...base, reason: command.reason };
    case 'resume': {
      const resumedTo = referral.pausedFrom ?? 'made';
      return { type: 'referral.resumed', ...base, ...reason, resumedTo };
    }
    case 'enter-in-error':
      return { type: 'referral.entered-in-error', ...base, reason: command.reason };
  }
}

/**
 * Checks `command` against the lifecycle and, if allowed, returns the new referral and the
 * event that records it. A rejected command changes nothing: the caller keeps its referral.
 * Checks, in order: terminal state, a table row for the move, the actor's party, the reason,
 * and that `now` is not before the last change.
 *
 * @example
 * const r = transitionReferral(referral, { type: 'accept' }, { now, actor: linkWorker, ids, side: 'service' });
 * if (r.ok) save(r.value.referral, r.value.events);
 */
export function transitionReferral(
  referral: Referral,
  command: ReferralCommand,
  context: ReferralContext,
): Result<ReferralOutcome, ReferralRejection> {
  const { status } = referral;
  if (isTerminalReferralStatus(status) && command.type !== 'enter-in-error') {
    return err(
      referralRejection('terminal-state', `The referral is ${status}; it cannot be changed.`, {
        status,
        command: command.type,
      }),
    );
  }
  if (status === 'entered-in-error') {
    return err(
      referralRejection('terminal-state', 'The referral was entered in error.', { status }),
    );
  }
  const row = findReferralTransition(referral, command.type);
  if (row === undefined) {
    return err(
      referralRejection(
        'invalid-transition',
        `Cannot ${command.type} a referral that is ${status}.`,
        {
          status,
          command: command.type,
        },
      ),
    );
  }
  const parties = partiesOf(referral, context.actor, context.side);
  if (!row.who.some((party) => parties.has(party))) {
    return err(
      referralRejection('not-authorised', `Only the ${row.who.join(' or ')} may ${command.type}.`, {
        command: command.type,
        allowed: row.who,
      }),
    );
  }
  const reasonProblem = checkReason(command);
  if (reasonProblem !== undefined) return err(reasonProblem);
  if (instantToMs(context.now) < instantToMs(referral.updatedAt)) {
    return err(
      referralRejection(
        'time-before-last-change',
        'The command is dated before the referral last changed.',
        { now: context.now, updatedAt: referral.updatedAt },
      ),
    );
  }
  const event = eventFor(referral, command, context);
  return ok({ referral: applyReferralEvent(referral, event), events: [event] });
}
