import {
  type CarePlan,
  type CarePlanEvent,
  err,
  isTerminalCarePlanState,
  ok,
  type Result,
} from '@livewell/core';
import { produce } from 'immer';
import type { CarePlanCommand } from './commands.js';
import type { TransitionContext } from './context.js';
import { decide } from './decide.js';
import { deepFreeze } from './deep-freeze.js';
import { stampEvent } from './event-factory.js';
import { applyEvent } from './evolve.js';
import { isInCareTeam, isPermitted } from './permissions.js';
import { type Rejection, rejection } from './rejection.js';
import { type TransitionRow, transitionTable } from './table.js';

/** An accepted command: the new plan (frozen, structurally shared) and the events it recorded. */
export interface Transitioned {
  readonly plan: CarePlan;
  readonly events: readonly CarePlanEvent[];
}

/** The outcome of {@link step}: on rejection, `plan` is the very object passed in. */
export interface Stepped extends Transitioned {
  readonly rejection?: Rejection;
}

const rowFor = (command: CarePlanCommand): TransitionRow | undefined =>
  typeof command === 'object' && command !== null && Object.hasOwn(transitionTable, command.type)
    ? transitionTable[command.type]
    : undefined;

/** Checks table membership, authorisation and state; `undefined` when the command may proceed. */
export function gate(plan: CarePlan, command: CarePlanCommand, context: TransitionContext) {
  const row = rowFor(command);
  if (!row) return rejection('invalid-command', 'Unknown command.');
  if (!isPermitted(plan, context.actor, row.who)) {
    const inTeam = isInCareTeam(plan, context.actor);
    return rejection(
      'not-authorised',
      inTeam
        ? `This actor's role may not ${row.summary}.`
        : "This actor is not in the plan's care team.",
      { command: command.type, reason: inTeam ? 'role-not-permitted' : 'outside-care-team' },
    );
  }
  if (!row.from.includes(plan.state)) {
    return isTerminalCarePlanState(plan.state)
      ? rejection('terminal-state', `The plan is ${plan.state}; it accepts nothing further.`, {
          state: plan.state,
          command: command.type,
        })
      : rejection('invalid-transition', `Cannot ${row.summary} while the plan is ${plan.state}.`, {
          state: plan.state,
          command: command.type,
        });
  }
  return undefined;
}

/**
 * Applies a command to a plan. Accepted: the next plan and the past-tense events recorded.
 * Rejected: a {@link Rejection} with a stable code; the plan is untouched.
 *
 * @example
 * const r = transition(plan, { type: 'agree-plan', reviewDate: '2027-11-01' }, context);
 * if (!r.ok) show(r.error.message); else save(r.value.plan, r.value.events);
 */
export function transition(
  plan: CarePlan,
  command: CarePlanCommand,
  context: TransitionContext,
): Result<Transitioned, Rejection> {
  const refused = gate(plan, command, context);
  if (refused) return err(refused);
  const decision = decide(plan, command, context);
  if (!decision.ok) return decision;
  const stamp = {
    tenantId: plan.tenantId,
    planId: plan.id,
    at: context.now,
    actor: context.actor,
    ids: context.ids,
  };
  const events = deepFreeze(decision.value.map((body) => stampEvent(stamp, body)));
  const next = produce(plan, (draft) => {
    for (const event of events) applyEvent(draft, event);
  });
  return ok({ plan: next, events });
}

/**
 * Like {@link transition}, but always returns a plan: on rejection the identical plan object,
 * no events, and the rejection. Handy for folds and UIs.
 */
export function step(
  plan: CarePlan,
  command: CarePlanCommand,
  context: TransitionContext,
): Stepped {
  const result = transition(plan, command, context);
  return result.ok ? result.value : { plan, events: [], rejection: result.error };
}
