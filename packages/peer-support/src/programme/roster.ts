import {
  type Enrolment,
  type EnrolmentStatus,
  err,
  type IsoInstant,
  instantToMs,
  ok,
  type Programme,
  type Result,
} from '@livewell/core';
import { rejection as programmeRejection } from './rules.js';
import type { Rejection as ProgrammeRejection } from './types.js';

/** Statuses that hold a place or a place in the queue. */
export const activeEnrolmentStatuses: readonly EnrolmentStatus[] = ['enrolled', 'waiting-listed'];

/** True when the enrolment is `enrolled` or `waiting-listed`. */
export const isActiveEnrolment = (enrolment: Enrolment): boolean =>
  activeEnrolmentStatuses.includes(enrolment.status);

/** The enrolments that hold a place, in the order they asked. */
export const holdingPlaces = (enrolments: readonly Enrolment[]): Enrolment[] =>
  enrolments.filter((e) => e.status === 'enrolled').sort((a, b) => a.queueNumber - b.queueNumber);

/** The waiting list, first in line first (by `queueNumber`). */
export const waitingList = (enrolments: readonly Enrolment[]): Enrolment[] =>
  enrolments
    .filter((e) => e.status === 'waiting-listed')
    .sort((a, b) => a.queueNumber - b.queueNumber);

/** An enrolment's 1-based place on the waiting list, or `undefined` if it is not waiting. */
export function waitingListPosition(
  enrolments: readonly Enrolment[],
  enrolmentId: Enrolment['id'],
): number | undefined {
  const index = waitingList(enrolments).findIndex((e) => e.id === enrolmentId);
  return index < 0 ? undefined : index + 1;
}

/** Free places on the programme (never negative, even if capacity was lowered). */
export const placesLeft = (programme: Programme, enrolments: readonly Enrolment[]): number =>
  Math.max(0, programme.capacity - holdingPlaces(enrolments).length);

/** The next queue number for a programme: one more than any used so far. */
export const nextQueueNumber = (enrolments: readonly Enrolment[]): number =>
  enrolments.reduce((max, e) => Math.max(max, e.queueNumber), 0) + 1;

/** The instant the programme's last session ends. */
export const programmeEnd = (programme: Programme): IsoInstant =>
  programme.sessions.reduce(
    (latest, s) => (instantToMs(s.end) > instantToMs(latest) ? s.end : latest),
    programme.sessions[0]?.end ?? '',
  );

/** The instant the programme's last session starts. */
export const lastSessionStart = (programme: Programme): IsoInstant =>
  programme.sessions.reduce(
    (latest, s) => (instantToMs(s.start) > instantToMs(latest) ? s.start : latest),
    programme.sessions[0]?.start ?? '',
  );

/** Checks every enrolment belongs to `programme` (same id and tenant). */
export function checkRoster(
  programme: Programme,
  enrolments: readonly Enrolment[],
): Result<readonly Enrolment[], ProgrammeRejection> {
  const stray = enrolments.find(
    (e) => e.programmeId !== programme.id || e.tenantId !== programme.tenantId,
  );
  if (stray === undefined) return ok(enrolments);
  return err(
    programmeRejection('wrong-programme', 'An enrolment belongs to another programme or tenant.', {
      enrolmentId: stray.id,
      programmeId: stray.programmeId,
    }),
  );
}
