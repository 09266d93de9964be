import {
  type Enrolment,
  type EnrolmentStatusChange,
  err,
  instantToMs,
  ok,
  type Programme,
  type Result,
} from '@livewell/core';
import { checkActor } from './access.js';
import { meetsCompletionRule } from './completion.js';
import type { ProgrammeContext } from './context.js';
import { checkBelongs, checkEnrolmentUpdate, checkInput, unreadable } from './guard.js';
import { type ProgrammeRejection, programmeRejection } from './rejection.js';
import { checkRoster, programmeEnd } from './roster.js';

/** The reason recorded for people still waiting when a programme ends. */
export const PROGRAMME_ENDED_REASON = 'the programme ended before a place came free';

function notFinished(
  programme: Programme,
  context: ProgrammeContext,
): ProgrammeRejection | undefined {
  const end = programmeEnd(programme);
  if (instantToMs(context.now) >= instantToMs(end)) return undefined;
  return programmeRejection('programme-not-finished', 'The last session has not ended yet.', {
    end,
  });
}

/**
 * Closes an enrolled person's place after the last session: `completed` if their attendance
 * meets the completion rule, otherwise `not-completed`. Only the service (by the records) may.
 * Fails with `not-authorised`, `programme-not-finished`, `not-enrolled`, `wrong-programme` or
 * `time-before-last-change`. Never throws.
 */
export function closeEnrolment(
  programme: Programme,
  enrolment: Enrolment,
  context: ProgrammeContext,
): Result<Enrolment, ProgrammeRejection> {
  try {
    const problem =
      checkInput(programme, context, [enrolment]) ??
      checkActor(context, 'close an enrolment', ['service']);
    if (problem !== undefined) return err(problem);
    return decideCloseEnrolment(programme, enrolment, context);
  } catch (cause) {
    return err(unreadable(cause));
  }
}

function decideCloseEnrolment(
  programme: Programme,
  enrolment: Enrolment,
  context: ProgrammeContext,
): Result<Enrolment, ProgrammeRejection> {
  const foreign = checkBelongs(programme, enrolment);
  if (foreign !== undefined) return err(foreign);
  const early = notFinished(programme, context);
  if (early !== undefined) return err(early);
  if (enrolment.status !== 'enrolled') {
    return err(
      programmeRejection('not-enrolled', `The person is ${enrolment.status}, not enrolled.`, {
        status: enrolment.status,
      }),
    );
  }
  const stale = checkEnrolmentUpdate(enrolment, context);
  if (stale !== undefined) return err(stale);
  const status = meetsCompletionRule(programme, enrolment.attendance)
    ? 'completed'
    : 'not-completed';
  const change: EnrolmentStatusChange = { status, at: context.now, actor: context.actor };
  return ok({
    ...enrolment,
    status,
    history: [...enrolment.history, change],
    updatedAt: context.now,
  });
}

/**
 * Closes a finished programme: each enrolled person becomes `completed` or `not-completed`
 * by the rule, and anyone still waiting is `withdrawn`. Only the service (by the records) may.
 * Returns only the changed enrolments. Never throws.
 */
export function closeProgramme(
  programme: Programme,
  enrolments: readonly Enrolment[],
  context: ProgrammeContext,
): Result<Enrolment[], ProgrammeRejection> {
  try {
    const problem =
      checkInput(programme, context, enrolments) ??
      checkActor(context, 'close the programme', ['service']);
    if (problem !== undefined) return err(problem);
    return decideCloseProgramme(programme, enrolments, context);
  } catch (cause) {
    return err(unreadable(cause));
  }
}

function decideCloseProgramme(
  programme: Programme,
  enrolments: readonly Enrolment[],
  context: ProgrammeContext,
): Result<Enrolment[], ProgrammeRejection> {
  const roster = checkRoster(programme, enrolments);
  if (!roster.ok) return roster;
  const early = notFinished(programme, context);
  if (early !== undefined) return err(early);
  const changed: Enrolment[] = [];
  for (const enrolment of enrolments) {
    if (enrolment.status === 'enrolled') {
      const closed = decideCloseEnrolment(programme, enrolment, context);
      if (!closed.ok) return closed;
      changed.push(closed.value);
    } else if (enrolment.status === 'waiting-listed') {
      const stale = checkEnrolmentUpdate(enrolment, context);
      if (stale !== undefined) return err(stale);
      const change: EnrolmentStatusChange = {
        status: 'withdrawn',
        at: context.now,
        actor: context.actor,
        reason: PROGRAMME_ENDED_REASON,
      };
      changed.push({
        ...enrolment,
        status: 'withdrawn',
        history: [...enrolment.history, change],
        updatedAt: context.now,
      });
    }
  }
  return ok(changed);
}
