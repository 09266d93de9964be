import {
  err,
  instantToMs,
  isTerminalReferralStatus,
  ok,
  type RecordId,
  type Referral,
  type ReferralDecliner,
  type ReferralEvent,
  type Result,
  referralAcceptedCoding,
  referralDeclinedCoding,
} from '@livewell/core';
import { applyReferralEvent } from './apply.js';
import { type ReferralCommand, reasonRequiredCommands } from './command.js';
import type { ReferralContext, ReferralParty } from './context.js';
import { inputProblem, unreadable } from './guard.js';
import { partiesOf, recordsFit } from './parties.js';
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

/**
 * Who declined, from the actor and the command: the person and a carer record their own
 * decline; the service records its own, or the person's or a carer's when told (`declinedBy`).
 */
export function declinerOf(
  command: Extract<ReferralCommand, { type: 'decline' }>,
  context: ReferralContext,
  parties: ReadonlySet<ReferralParty>,
): ReferralDecliner | ReferralRejection {
  const kind = context.actor.kind;
  const own: ReferralDecliner | undefined =
    kind === 'person' ? 'person' : kind === 'carer' ? 'carer' : undefined;
  if (own !== undefined && parties.has('person')) {
    if (command.declinedBy === undefined || command.declinedBy === own) return own;
    return referralRejection(
      'not-authorised',
      `A ${own} can record only their own decline, not the ${command.declinedBy}'s.`,
      { command: 'decline', declinedBy: command.declinedBy },
    );
  }
  return command.declinedBy ?? 'service';
}

function eventFor(
  referral: Referral,
  command: ReferralCommand,
  context: ReferralContext,
  decliner: ReferralDecliner,
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
        declinedBy: decliner,
        ...(decliner === 'person' ? { code: referralDeclinedCoding } : {}),
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
 * Checks, in order: the shape of the input, that the context's records are the referral's,
 * terminal state, a table row for the move, the actor's party (from the records), the reason,
 * and that `now` is not before the last change. Never throws.
 *
 * @example
 * const r = transitionReferral(referral, { type: 'accept' }, { now, actor: linkWorker, ids,
 *   records: { service, person, memberships, systems } });
 * if (r.ok) save(r.value.referral, r.value.events);
 */
export function transitionReferral(
  referral: Referral,
  command: ReferralCommand,
  context: ReferralContext,
): Result<ReferralOutcome, ReferralRejection> {
  try {
    const problem = inputProblem(referral, command, context);
    if (problem !== undefined) return err(problem);
    return decide(referral, command, context);
  } catch (cause) {
    return err(unreadable(cause));
  }
}

function decide(
  referral: Referral,
  command: ReferralCommand,
  context: ReferralContext,
): Result<ReferralOutcome, ReferralRejection> {
  if (!recordsFit(referral, context)) {
    return err(
      referralRejection(
        'records-mismatch',
        "The context's records are not those of the referral's service and person.",
        { serviceId: referral.serviceId },
      ),
    );
  }
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
  const parties = partiesOf(referral, context);
  if (!row.who.some((party) => parties.has(party))) {
    return err(
      referralRejection('not-authorised', `Only the ${row.who.join(' or ')} may ${command.type}.`, {
        command: command.type,
        allowed: row.who,
      }),
    );
  }
  let decliner: ReferralDecliner = 'service';
  if (command.type === 'decline') {
    const by = declinerOf(command, context, parties);
    if (typeof by !== 'string') return err(by);
    decliner = by;
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
  const event = eventFor(referral, command, context, decliner);
  return ok({ referral: applyReferralEvent(referral, event), events: [event] });
}
