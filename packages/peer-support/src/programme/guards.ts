import { type Enrolment, instantToMs, type Programme } from '@livewell/core';
import type { ProgrammeContext } from './context.js';
import { type ProgrammeRejection, programmeRejection } from './rejection.js';

/** Refuses an update dated before the enrolment last changed. */
export function checkEnrolmentUpdate(
  enrolment: Enrolment,
  context: Pick<ProgrammeContext, 'now'>,
): ProgrammeRejection | undefined {
  if (instantToMs(context.now) >= instantToMs(enrolment.updatedAt)) return undefined;
  return programmeRejection(
    'time-before-last-change',
    'The update is dated before the enrolment last changed.',
    { now: context.now, updatedAt: enrolment.updatedAt },
  );
}

/** Refuses an enrolment that belongs to another programme or tenant. */
export function checkBelongs(
  programme: Programme,
  enrolment: Enrolment,
): ProgrammeRejection | undefined {
  if (enrolment.programmeId === programme.id && enrolment.tenantId === programme.tenantId) {
    return undefined;
  }
  return programmeRejection('wrong-programme', 'The enrolment belongs to another programme.', {
    enrolmentId: enrolment.id,
    programmeId: enrolment.programmeId,
  });
}
