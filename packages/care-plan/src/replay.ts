import {
  type CarePlan,
  type CarePlanEvent,
  CarePlanEventSchema,
  err,
  makeListParser,
  type Result,
} from '@livewell/core';
import { carePlanLifecycle } from './machine.js';
import { type Rejection, rejection } from './rejection.js';

/** Folds further events onto a plan snapshot (for example events newer than a stored snapshot). */
export function applyEvents(plan: CarePlan, events: readonly CarePlanEvent[]): CarePlan {
  return carePlanLifecycle.applyEvents(plan, events);
}

const parseHistory = makeListParser('CarePlanEvent history', CarePlanEventSchema);

/**
 * Rebuilds a plan from its full history. The history is read first (a list of care-plan
 * events, whatever it is given); the first event must start the plan (`plan-invited` or
 * `next-version-started`); every event must belong to the same plan and tenant. Anything else
 * is refused with `invalid-history`; it never throws.
 *
 * @example
 * const rebuilt = replay(await store.events(planId));
 */
export function replay(events: readonly CarePlanEvent[]): Result<CarePlan, Rejection> {
  const history = parseHistory(events);
  if (!history.ok) {
    const { message, issues } = history.error;
    return err(rejection('invalid-history', message, { issues }));
  }
  return carePlanLifecycle.replay(history.value);
}
