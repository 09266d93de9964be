import {
  type Enrolment,
  err,
  type IsoInstant,
  ok,
  type Programme,
  type Result,
} from '@livewell/core';
import { checkActor } from './access.js';
import type { ProgrammeContext } from './context.js';
import { checkEnrolmentUpdate, checkInput, unreadable } from './guard.js';
import type { ProgrammeRejection } from './rejection.js';
import { checkRoster, placesLeft, waitingList } from './roster.js';

/** The reason recorded when someone is moved off the waiting list. */
export const PROMOTED_REASON = 'a place became free';

/** Moves `enrolment` from the waiting list into a place. */
export const promoteEnrolment = (
  enrolment: Enrolment,
  at: IsoInstant,
  actor: ProgrammeContext['actor'],
): Enrolment => ({
  ...enrolment,
  status: 'enrolled',
  history: [...enrolment.history, { status: 'enrolled', at, actor, reason: PROMOTED_REASON }],
  updatedAt: at,
});

/**
 * Fills free places from the head of the waiting list, in queue order, with no checks (the
 * commands that call it have made them). Returns only the promoted enrolments.
 */
export function promoteWaiting(
  programme: Programme,
  enrolments: readonly Enrolment[],
  context: Pick<ProgrammeContext, 'now' | 'actor'>,
): Enrolment[] {
  const free = placesLeft(programme, enrolments);
  return waitingList(enrolments)
    .slice(0, free)
    .map((e) => promoteEnrolment(e, context.now, context.actor));
}

/**
 * Fills free places from the head of the waiting list, in queue order (say, after capacity was
 * raised). Only the service may. Returns only the promoted enrolments (already updated); the
 * others are unchanged. Fails with `not-authorised`, `wrong-programme` or
 * `time-before-last-change`. Never throws.
 *
 * @example
 * const r = fillPlaces({ ...programme, capacity: 14 }, enrolments, context);
 */
export function fillPlaces(
  programme: Programme,
  enrolments: readonly Enrolment[],
  context: ProgrammeContext,
): Result<Enrolment[], ProgrammeRejection> {
  try {
    const problem = checkInput(programme, context, enrolments);
    if (problem !== undefined) return err(problem);
    const refused = checkActor(context, 'fill places', ['service']);
    if (refused !== undefined) return err(refused);
    const roster = checkRoster(programme, enrolments);
    if (!roster.ok) return roster;
    const promoted = promoteWaiting(programme, enrolments, context);
    for (const enrolment of promoted) {
      const before = enrolments.find((e) => e.id === enrolment.id);
      const stale = before === undefined ? undefined : checkEnrolmentUpdate(before, context);
      if (stale !== undefined) return err(stale);
    }
    return ok(promoted);
  } catch (cause) {
    return err(unreadable(cause));
  }
}

/** Replaces enrolments in `enrolments` by id with their updated versions. */
export const mergeEnrolments = (
  enrolments: readonly Enrolment[],
  updated: readonly Enrolment[],
): Enrolment[] => {
  const byId = new Map(updated.map((e) => [e.id, e]));
  const merged = enrolments.map((e) => byId.get(e.id) ?? e);
  const known = new Set(enrolments.map((e) => e.id));
  return [...merged, ...updated.filter((e) => !known.has(e.id))];
};
