import { type CarePlan, type CarePlanEvent, err, ok, type Result } from '@livewell/core';
import type { CarePlanCommand } from './commands.js';
import { contextProblem, type TransitionContext } from './context.js';
import { carePlanMachine } from './machine.js';
import type { Rejection } from './rejection.js';

/** An accepted command: the new plan (frozen, structurally shared) and the events it recorded. */
export interface Transitioned {
  readonly plan: CarePlan;
  readonly events: readonly CarePlanEvent[];
}

/** The outcome of {@link step}: on rejection, `plan` is the very object passed in. */
export interface Stepped extends Transitioned {
  readonly rejection?: Rejection;
}

/**
 * Checks the context, the command's type, authorisation, state and shape (parsed with core's
 * schema); `undefined` when the command may go on to its business rules.
 */
export function gate(
  plan: CarePlan,
  command: CarePlanCommand,
  context: TransitionContext,
): Rejection | undefined {
  const problem = contextProblem(context);
  if (problem) return problem;
  const gated = carePlanMachine.gate(plan, command, context);
  return gated.ok ? undefined : gated.error;
}

/**
 * Applies a command to a plan. Accepted: the next plan and the past-tense events recorded.
 * Rejected: a {@link Rejection} with a stable code; the plan is untouched. The context is
 * checked (`invalid-context`) and the command parsed (`invalid-command`) before any rule runs.
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
  const problem = contextProblem(context);
  if (problem) return err(problem);
  const result = carePlanMachine.transition(plan, command, context);
  if (!result.ok) return result;
  return ok({ plan: result.value.aggregate, events: Object.freeze(result.value.events) });
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
