import { type Enrolment, err, ok, type Programme, type Result } from '@livewell/core';
import { checkActor } from './access.js';
import { PROMOTED_REASON } from './commands/waiting.js';
import type { ProgrammeContext } from './context.js';
import { checkInput, unreadable } from './guard.js';
import { lifecycle } from './lifecycle.js';
import { checkRoster, placesLeft, waitingList } from './roster.js';
import { enrolmentContext } from './rules.js';
import type { Rejection } from './types.js';

export { PROMOTED_REASON };

/**
 * Moves the head of the waiting list into the places a withdrawal (or a new request) freed:
 * facts that follow from a command already checked, applied through the lifecycle's reducers.
 * Returns only the promoted enrolments.
 */
export function promoteWaiting(
  programme: Programme,
  enrolments: readonly Enrolment[],
  context: Pick<ProgrammeContext, 'now' | 'actor'>,
): Enrolment[] {
  const free = placesLeft(programme, enrolments);
  return waitingList(enrolments)
    .slice(0, free)
    .map((e) =>
      lifecycle.applyEvents(e, [
        {
          type: 'enrolment.promoted',
          reason: PROMOTED_REASON,
          enrolmentId: e.id,
          at: context.now,
          actor: context.actor,
        },
      ]),
    );
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

/**
 * Fills free places from the head of the waiting list, in queue order (say, after capacity was
 * raised), one `promote` command each. Only the service may. Returns only the promoted
 * enrolments (already updated). Fails with `not-authorised`, `wrong-programme` or
 * `time-before-last-change`. Never throws.
 *
 * @example
 * const r = programme.fillPlaces({ ...course, capacity: 14 }, enrolments, context);
 */
export function fillPlaces(
  programme: Programme,
  enrolments: readonly Enrolment[],
  context: ProgrammeContext,
): Result<Enrolment[], Rejection> {
  try {
    const problem =
      checkInput(programme, context, enrolments) ?? checkActor(context, 'fill places', ['service']);
    if (problem !== undefined) return err(problem);
    const roster = checkRoster(programme, enrolments);
    if (!roster.ok) return roster;
    let current = [...enrolments];
    const promoted: Enrolment[] = [];
    for (const next of waitingList(enrolments).slice(0, placesLeft(programme, enrolments))) {
      const r = lifecycle.transition(
        next,
        { type: 'promote' },
        enrolmentContext(context, programme, current),
      );
      if (!r.ok) return r;
      promoted.push(r.value.aggregate);
      current = mergeEnrolments(current, [r.value.aggregate]);
    }
    return ok(promoted);
  } catch (cause) {
    return err(unreadable(cause));
  }
}
