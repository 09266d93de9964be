import {
  type CarePlan,
  type CarePlanEvent,
  CarePlanEventSchema,
  err,
  makeListParser,
  type Result,
} from '@livewell/core';
import { foldCopy } from './fold-copy.js';
import { readHistory } from './history-reader.js';
import { carePlanLifecycle } from './lifecycle.js';
import { type Rejection, rejection } from './rejection.js';
import { sealedHistory } from './sealed-events.js';

/** Above this many events, `applyEvents` folds into one working copy rather than copy-on-write. */
const draftLimit = 16;

/**
 * Folds further events onto a plan snapshot (for example events newer than a stored snapshot).
 * A few events are applied copy-on-write (the result shares structure with `plan`); many are
 * folded into one mutable copy, frozen once, so the time is linear in plan size plus events.
 */
export function applyEvents(plan: CarePlan, events: readonly CarePlanEvent[]): CarePlan {
  if (events.length <= draftLimit) return carePlanLifecycle.applyEvents(plan, events);
  return foldCopy(plan, (start) => {
    let working = start;
    for (const event of events) working = carePlanLifecycle.evolve(working, event);
    return working;
  });
}

const parseHistory = makeListParser('CarePlanEvent history', CarePlanEventSchema);

/**
 * Rebuilds a plan from its full history. The history is read first (a list of care-plan
 * events, whatever it is given); the first event must start the plan (`plan-invited` or
 * `next-version-started`); every event must belong to the same plan and tenant. Anything else
 * is refused with `invalid-history`; it never throws. Events this package stamped (frozen, in this
 * process) are trusted as they are; any other history is parsed first (by a reader compiled from
 * `CarePlanEventSchema`, which accepts exactly what the schema accepts, or by the schema itself).
 *
 * @example
 * const rebuilt = replay(await store.events(planId));
 */
export function replay(events: readonly CarePlanEvent[]): Result<CarePlan, Rejection> {
  const sealed = sealedHistory(events);
  if (sealed) return carePlanLifecycle.replay(sealed);
  const read = readHistory(events);
  if (read) return carePlanLifecycle.replay(read);
  const history = parseHistory(events);
  if (!history.ok) {
    const { message, issues } = history.error;
    return err(rejection('invalid-history', message, { issues }));
  }
  return carePlanLifecycle.replay(history.value);
}
