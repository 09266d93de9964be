import { type Enrolment, err, instantToMs, ok, type Programme, type Result } from '@livewell/core';
import { checkActor } from './access.js';
import { meetsCompletionRule } from './completion.js';
import type { ProgrammeContext } from './context.js';
import { checkInput, unreadable } from './guard.js';
import { lifecycle } from './lifecycle.js';
import { checkRoster, programmeEnd } from './roster.js';
import { enrolmentContext, rejection } from './rules.js';
import { transition } from './transition.js';
import type { Rejection } from './types.js';

/** The reason recorded for people still waiting when a programme ends. */
export const PROGRAMME_ENDED_REASON = 'the programme ended before a place came free';

/** The closing command the completion rule calls for. */
const closingCommand = (programme: Programme, enrolment: Enrolment) =>
  meetsCompletionRule(programme, enrolment.attendance)
    ? ({ type: 'complete' } as const)
    : ({ type: 'mark-not-completed' } as const);

/**
 * Closes an enrolled person's place after the last session: `complete` if their attendance
 * meets the completion rule, otherwise `mark-not-completed`. Only the service (by the records)
 * may. Fails with `not-authorised`, `programme-not-finished`, `invalid-transition` /
 * `terminal-state` (not enrolled), `wrong-programme` or `time-before-last-change`. Never throws.
 */
export function closeEnrolment(
  programme: Programme,
  enrolment: Enrolment,
  context: ProgrammeContext,
): Result<Enrolment, Rejection> {
  try {
    const command = closingCommand(programme, enrolment);
    const r = transition(enrolment, command, enrolmentContext(context, programme, [enrolment]));
    return r.ok ? ok(r.value.enrolment) : r;
  } catch (cause) {
    return err(unreadable(cause));
  }
}

/**
 * Closes a finished programme: each enrolled person is completed or marked not completed by
 * the rule, and anyone still waiting is withdrawn. Only the service (by the records) may.
 * Returns only the changed enrolments. Never throws.
 */
export function closeProgramme(
  programme: Programme,
  enrolments: readonly Enrolment[],
  context: ProgrammeContext,
): Result<Enrolment[], Rejection> {
  try {
    const problem =
      checkInput(programme, context, enrolments) ??
      checkActor(context, 'close the programme', ['service']);
    if (problem !== undefined) return err(problem);
    const roster = checkRoster(programme, enrolments);
    if (!roster.ok) return roster;
    const end = programmeEnd(programme);
    if (instantToMs(context.now) < instantToMs(end)) {
      return err(
        rejection('programme-not-finished', 'The last session has not ended yet.', { end }),
      );
    }
    const changed: Enrolment[] = [];
    const inRoster = enrolmentContext(context, programme, enrolments);
    for (const enrolment of enrolments) {
      const command =
        enrolment.status === 'enrolled'
          ? closingCommand(programme, enrolment)
          : enrolment.status === 'waiting-listed'
            ? ({ type: 'withdraw', reason: PROGRAMME_ENDED_REASON } as const)
            : undefined;
      if (command === undefined) continue;
      const r = lifecycle.transition(enrolment, command, inRoster);
      if (!r.ok) return r;
      changed.push(r.value.aggregate);
    }
    return ok(changed);
  } catch (cause) {
    return err(unreadable(cause));
  }
}
