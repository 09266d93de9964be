import type { CarePlan, CarePlanEvent, Result } from '@livewell/core';
import { carePlanLifecycle } from './machine.js';
import type { Rejection } from './rejection.js';

/** Folds further events onto a plan snapshot (for example events newer than a stored snapshot). */
export function applyEvents(plan: CarePlan, events: readonly CarePlanEvent[]): CarePlan {
  return carePlanLifecycle.applyEvents(plan, events);
}

/**
 * Rebuilds a plan from its full history. The first event must start the plan
 * (`plan-invited` or `next-version-started`); every event must belong to the same plan and
 * tenant (`invalid-history` otherwise).
 *
 * @example
 * const rebuilt = replay(await store.events(planId));
 */
export function replay(events: readonly CarePlanEvent[]): Result<CarePlan, Rejection> {
  return carePlanLifecycle.replay(events);
}
