import {
  type Enrolment,
  type EnrolmentRequest,
  err,
  instantToMs,
  ok,
  type Programme,
  type RecordId,
  type Result,
} from '@livewell/core';
import { isObject } from '../referral/input-checks.js';
import { checkActor } from './access.js';
import type { ProgrammeContext } from './context.js';
import { checkInput, unreadable } from './guard.js';
import { mergeEnrolments, promoteWaiting } from './promote.js';
import {
  checkRoster,
  isActiveEnrolment,
  lastSessionStart,
  nextQueueNumber,
  placesLeft,
  waitingList,
} from './roster.js';
import { rejection as programmeRejection } from './rules.js';
import type { Rejection as ProgrammeRejection } from './types.js';

/** A request for a place (schema and parser in `@livewell/core`). */
export type { EnrolmentRequest };

/** The result of a programme operation: the enrolment acted on, and anyone promoted. */
export interface ProgrammeChange {
  readonly enrolment: Enrolment;
  /** Waiting-listed enrolments moved into places, in queue order (already updated). */
  readonly promoted: readonly Enrolment[];
}

/**
 * Asks for a place on `programme` given its current `enrolments`. The person is `enrolled`
 * while places are free and nobody is waiting; otherwise `waiting-listed` at the back of the
 * queue (a full programme is not a rejection). Only the service (by the records) or the person
 * (or a consenting carer) may ask. Fails with `not-authorised`, `already-enrolled`,
 * `waiting-list-full`, `programme-ended` (the last session has started) or `wrong-programme`.
 * Never throws.
 *
 * @example
 * const r = enrol(skillsCourse, enrolments, { personId }, { now, actor: linkWorker, ids, records });
 * if (r.ok && r.value.enrolment.status === 'waiting-listed') tellThemTheirPosition();
 */
export function enrol(
  programme: Programme,
  enrolments: readonly Enrolment[],
  request: EnrolmentRequest,
  context: ProgrammeContext,
): Result<ProgrammeChange, ProgrammeRejection> {
  try {
    const problem = checkInput(programme, context, enrolments);
    if (problem !== undefined) return err(problem);
    if (!isObject(request) || typeof request.personId !== 'string') {
      return err(programmeRejection('invalid-command', 'The request names no person.'));
    }
    const refused = checkActor(context, 'enrol', ['service', 'person'], request.personId);
    if (refused !== undefined) return err(refused);
    return decideEnrol(programme, enrolments, request, context);
  } catch (cause) {
    return err(unreadable(cause));
  }
}

function decideEnrol(
  programme: Programme,
  enrolments: readonly Enrolment[],
  request: EnrolmentRequest,
  context: ProgrammeContext,
): Result<ProgrammeChange, ProgrammeRejection> {
  const roster = checkRoster(programme, enrolments);
  if (!roster.ok) return roster;
  if (instantToMs(context.now) >= instantToMs(lastSessionStart(programme))) {
    return err(
      programmeRejection('programme-ended', 'The programme has no sessions left to join.', {
        programmeId: programme.id,
      }),
    );
  }
  const existing = enrolments.find((e) => e.personId === request.personId && isActiveEnrolment(e));
  if (existing !== undefined) {
    return err(
      programmeRejection('already-enrolled', 'The person already has a place or is waiting.', {
        enrolmentId: existing.id,
        status: existing.status,
      }),
    );
  }
  // Anyone already waiting goes first if places have come free (say, capacity was raised).
  const promoted = promoteWaiting(programme, enrolments, context);
  const current = mergeEnrolments(enrolments, promoted);
  const gotPlace = placesLeft(programme, current) > 0 && waitingList(current).length === 0;
  const limit = programme.waitingListLimit;
  if (!gotPlace && limit !== undefined && waitingList(current).length >= limit) {
    return err(
      programmeRejection('waiting-list-full', 'The programme and its waiting list are full.', {
        waitingListLimit: limit,
      }),
    );
  }
  const status = gotPlace ? 'enrolled' : 'waiting-listed';
  const enrolment: Enrolment = {
    schemaVersion: 1,
    id: context.ids('enrolment') as RecordId,
    tenantId: programme.tenantId,
    programmeId: programme.id,
    personId: request.personId,
    ...(request.referralId === undefined ? {} : { referralId: request.referralId }),
    status,
    queueNumber: nextQueueNumber(enrolments),
    attendance: [],
    history: [{ status, at: context.now, actor: context.actor }],
    createdAt: context.now,
    updatedAt: context.now,
  };
  return ok({ enrolment, promoted });
}
