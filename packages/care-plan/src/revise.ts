import { err, ok, type Result } from '@livewell/core';
import type { TransitionContext } from './context.js';
import type { Rejection } from './rejection.js';
import { startNextVersion } from './start.js';
import { type Transitioned, transition } from './transition.js';

/** Both halves of a revising review: the superseded plan and its next version. */
export interface Revised {
  readonly superseded: Transitioned;
  readonly next: Transitioned;
}

/**
 * Ends a review by revising the plan: supersedes this version (`revise-plan`) and starts the
 * next one, which `replaces` it. Store both plans and both event lists.
 */
export function revisePlan(
  plan: Transitioned['plan'],
  context: TransitionContext,
): Result<Revised, Rejection> {
  const superseded = transition(plan, { type: 'revise-plan' }, context);
  if (!superseded.ok) return superseded;
  const next = startNextVersion(superseded.value.plan, context);
  if (!next.ok) return err(next.error);
  return ok({ superseded: superseded.value, next: next.value });
}
