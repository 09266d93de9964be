import { type CarePlan, type CarePlanEvent, err, ok, type Result } from '@livewell/core';
import { produce } from 'immer';
import { applyEvent } from './evolve.js';
import { type Rejection, rejection } from './rejection.js';
import { isStartEvent, planFromStartEvent } from './start.js';

/** Folds further events onto a plan snapshot (for example events newer than a stored snapshot). */
export function applyEvents(plan: CarePlan, events: readonly CarePlanEvent[]): CarePlan {
  if (events.length === 0) return plan;
  return produce(plan, (draft) => {
    for (const event of events) applyEvent(draft, event);
  });
}

/**
 * Rebuilds a plan from its full history. The first event must start the plan
 * (`plan-invited` or `next-version-started`); every event must belong to the same plan.
 *
 * @example
 * const rebuilt = replay(await store.events(planId));
 */
export function replay(events: readonly CarePlanEvent[]): Result<CarePlan, Rejection> {
  const [first, ...rest] = events;
  if (!first || !isStartEvent(first)) {
    return err(rejection('invalid-history', 'A plan history must begin with its start event.'));
  }
  for (const [index, event] of rest.entries()) {
    if (event.planId !== first.planId || event.tenantId !== first.tenantId) {
      return err(
        rejection('invalid-history', 'Every event must belong to the same plan and tenant.', {
          index: index + 1,
        }),
      );
    }
    if (isStartEvent(event)) {
      return err(
        rejection('invalid-history', 'A plan history has only one start event.', {
          index: index + 1,
        }),
      );
    }
  }
  return ok(applyEvents(planFromStartEvent(first), rest));
}
