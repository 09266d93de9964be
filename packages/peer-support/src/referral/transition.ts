import { err, ok, type Referral, type ReferralEvent, type Result } from '@livewell/core';
import type { Command, CommandType } from './command.js';
import type { ReferralContext } from './context.js';
import { inputProblem, unreadable } from './guard.js';
import { lifecycle } from './lifecycle.js';
import type { Access, Rejection } from './types.js';

/** A referral after a successful command, with the events that record it. */
export interface Outcome {
  readonly referral: Referral;
  readonly events: readonly ReferralEvent[];
}

/**
 * Checks `command` against the lifecycle and, if allowed, returns the new referral and the
 * event that records it. A rejected command changes nothing: the caller keeps its referral.
 * Checks, in order: the shape of the input (`invalid-command`, `invalid-context`,
 * `invalid-input`), the command type, authorisation from the context's records
 * (`records-mismatch`, `not-authorised`), the state (`terminal-state`, `invalid-transition`),
 * the reason (`reason-required`, `reason-too-long`), who declined, and that `now` is not before
 * the last change. Never throws.
 *
 * @example
 * const r = referral.transition(current, { type: 'accept' },
 *   { now, actor: linkWorker, ids, records: { service, person, memberships, systems } });
 * if (r.ok) save(r.value.referral, r.value.events);
 */
export function transition(
  referral: Referral,
  command: Command,
  context: ReferralContext,
): Result<Outcome, Rejection> {
  try {
    const problem = inputProblem(referral, context);
    if (problem !== undefined) return err(problem);
    const result = lifecycle.transition(referral, command, context);
    if (!result.ok) return result;
    return ok({ referral: result.value.aggregate, events: result.value.events });
  } catch (cause) {
    return err(unreadable(cause));
  }
}

/**
 * The commands the actor may issue on `referral` now, by state and by the records (before
 * reasons and time are checked), for showing the right buttons. Agrees with
 * {@link transition}; empty for input that is not parsed. Never throws.
 *
 * @example
 * referral.allowedCommands(current, { now, actor: linkWorker, records }); // ['record-contact', 'accept', …]
 */
export function allowedCommands(referral: Referral, access: Access): CommandType[] {
  try {
    if (inputProblem(referral, { ids: () => '', ...access }) !== undefined) return [];
    return lifecycle.allowedCommands(referral, access);
  } catch {
    return [];
  }
}

/**
 * Rebuilds a referral from its events (oldest first): `referral.created` first, then only events
 * of the same referral and tenant; `invalid-history` otherwise.
 *
 * @example
 * const rebuilt = referral.replay(events); // deep-equals the referral that produced them
 */
export function replay(events: readonly ReferralEvent[]): Result<Referral, Rejection> {
  try {
    if (!Array.isArray(events)) {
      return err({ code: 'invalid-history', message: 'A referral history is a list of events.' });
    }
    return lifecycle.replay(events);
  } catch (cause) {
    return err(unreadable(cause));
  }
}
