import {
  type Enrolment,
  type EnrolmentStatusChange,
  err,
  ok,
  type Programme,
  type Result,
} from '@livewell/core';
import { checkActor } from './access.js';
import type { ProgrammeContext } from './context.js';
import type { ProgrammeChange } from './enrol.js';
import { checkEnrolmentUpdate, checkInput, unreadable } from './guard.js';
import { mergeEnrolments, promoteWaiting } from './promote.js';
import { type ProgrammeRejection, programmeRejection } from './rejection.js';
import { checkRoster, isActiveEnrolment } from './roster.js';

/**
 * Withdraws an enrolled or waiting-listed person. A freed place goes to the head of the
 * waiting list (returned in `promoted`). Only the service (by the records) or the person (or a
 * consenting carer) may. Fails with `not-authorised`, `unknown-enrolment`, `enrolment-closed`,
 * `wrong-programme` or `time-before-last-change`. A reason is kept up to 2,000 characters.
 * Never throws.
 */
export function withdraw(
  programme: Programme,
  enrolments: readonly Enrolment[],
  enrolmentId: Enrolment['id'],
  context: ProgrammeContext,
  reason?: string,
): Result<ProgrammeChange, ProgrammeRejection> {
  try {
    const problem = checkInput(programme, context, enrolments);
    if (problem !== undefined) return err(problem);
    if (typeof enrolmentId !== 'string' || (reason !== undefined && typeof reason !== 'string')) {
      return err(
        programmeRejection(
          'invalid-command',
          'A withdrawal names an enrolment id and an optional reason.',
        ),
      );
    }
    const target = enrolments.find((e) => e.id === enrolmentId);
    const refused = checkActor(context, 'withdraw', ['service', 'person'], target?.personId);
    if (refused !== undefined) return err(refused);
    return decideWithdraw(programme, enrolments, target, enrolmentId, context, reason);
  } catch (cause) {
    return err(unreadable(cause));
  }
}

function decideWithdraw(
  programme: Programme,
  enrolments: readonly Enrolment[],
  target: Enrolment | undefined,
  enrolmentId: Enrolment['id'],
  context: ProgrammeContext,
  reason: string | undefined,
): Result<ProgrammeChange, ProgrammeRejection> {
  const roster = checkRoster(programme, enrolments);
  if (!roster.ok) return roster;
  if (target === undefined) {
    return err(
      programmeRejection('unknown-enrolment', 'No such enrolment on this programme.', {
        enrolmentId,
      }),
    );
  }
  if (!isActiveEnrolment(target)) {
    return err(
      programmeRejection('enrolment-closed', `The enrolment is already ${target.status}.`, {
        status: target.status,
      }),
    );
  }
  const stale = checkEnrolmentUpdate(target, context);
  if (stale !== undefined) return err(stale);
  const change: EnrolmentStatusChange = {
    status: 'withdrawn',
    at: context.now,
    actor: context.actor,
  };
  if (reason !== undefined && reason.trim() !== '') change.reason = reason.slice(0, 2000);
  const withdrawn: Enrolment = {
    ...target,
    status: 'withdrawn',
    history: [...target.history, change],
    updatedAt: context.now,
  };
  const promoted = promoteWaiting(programme, mergeEnrolments(enrolments, [withdrawn]), context);
  return ok({ enrolment: withdrawn, promoted });
}
