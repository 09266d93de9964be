import type { Enrolment, IsoInstant, Programme } from '@livewell/core';
import type { ProgrammeContext } from './context.js';
import { placesLeft, waitingList } from './roster.js';

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
 * Fills free places from the head of the waiting list, in queue order. Returns only the
 * promoted enrolments (already updated); the others are unchanged.
 *
 * @example
 * const promoted = fillPlaces(programme, enrolments, context); // after raising capacity
 */
export function fillPlaces(
  programme: Programme,
  enrolments: readonly Enrolment[],
  context: Pick<ProgrammeContext, 'now' | 'actor'>,
): Enrolment[] {
  const free = placesLeft(programme, enrolments);
  return waitingList(enrolments)
    .slice(0, free)
    .map((e) => promoteEnrolment(e, context.now, context.actor));
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
