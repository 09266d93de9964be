import {
  type Attendance,
  type AttendanceRecord,
  type Enrolment,
  err,
  instantToMs,
  ok,
  type Programme,
  type Result,
} from '@livewell/core';
import { isObject } from '../referral/input-checks.js';
import { checkActor } from './access.js';
import type { ProgrammeContext } from './context.js';
import { checkBelongs, checkEnrolmentUpdate, checkInput, unreadable } from './guard.js';
import { type ProgrammeRejection, programmeRejection } from './rejection.js';

/** Attendance to record for one session (schema and parser in `@livewell/core`). */
export type { AttendanceRecord };

const attendanceStatuses: readonly unknown[] = ['attended', 'absent', 'apologies'];

/**
 * Records whether an enrolled person came to a session. Only the service (by the records) may.
 * Fails with `not-authorised`, `unknown-session` (not one of the programme's sessions),
 * `session-not-started`, `not-enrolled` (waiting-listed or closed),
 * `attendance-already-recorded` (unless a correction), `wrong-programme` or
 * `time-before-last-change`. Never throws.
 *
 * @example
 * recordAttendance(course, enrolment, { sessionId: 'week-3', status: 'attended' }, context);
 */
export function recordAttendance(
  programme: Programme,
  enrolment: Enrolment,
  record: AttendanceRecord,
  context: ProgrammeContext,
): Result<Enrolment, ProgrammeRejection> {
  try {
    const problem = checkInput(programme, context, [enrolment]);
    if (problem !== undefined) return err(problem);
    if (
      !isObject(record) ||
      typeof record.sessionId !== 'string' ||
      !attendanceStatuses.includes(record.status)
    ) {
      return err(
        programmeRejection('invalid-command', 'An attendance record names a session and a status.'),
      );
    }
    const refused = checkActor(context, 'record attendance', ['service']);
    if (refused !== undefined) return err(refused);
    return decideAttendance(programme, enrolment, record, context);
  } catch (cause) {
    return err(unreadable(cause));
  }
}

function decideAttendance(
  programme: Programme,
  enrolment: Enrolment,
  record: AttendanceRecord,
  context: ProgrammeContext,
): Result<Enrolment, ProgrammeRejection> {
  const foreign = checkBelongs(programme, enrolment);
  if (foreign !== undefined) return err(foreign);
  const session = programme.sessions.find((s) => s.id === record.sessionId);
  if (session === undefined) {
    return err(
      programmeRejection('unknown-session', 'The session is not one of the programme sessions.', {
        sessionId: record.sessionId,
      }),
    );
  }
  if (instantToMs(context.now) < instantToMs(session.start)) {
    return err(
      programmeRejection('session-not-started', 'Attendance cannot be recorded before a session.', {
        sessionId: session.id,
        start: session.start,
      }),
    );
  }
  if (enrolment.status !== 'enrolled') {
    return err(
      programmeRejection('not-enrolled', `The person is ${enrolment.status}, not enrolled.`, {
        status: enrolment.status,
      }),
    );
  }
  const earlier = enrolment.attendance.some((a) => a.sessionId === session.id);
  if (earlier && record.correction !== true) {
    return err(
      programmeRejection(
        'attendance-already-recorded',
        'Attendance for this session is already recorded; send a correction to change it.',
        { sessionId: session.id },
      ),
    );
  }
  const stale = checkEnrolmentUpdate(enrolment, context);
  if (stale !== undefined) return err(stale);
  const entry: Attendance = {
    sessionId: session.id,
    status: record.status,
    recordedAt: context.now,
    recordedBy: context.actor,
  };
  const others = enrolment.attendance.filter((a) => a.sessionId !== session.id);
  const order = new Map(programme.sessions.map((s, i) => [s.id, i]));
  const attendance = [...others, entry].sort(
    (a, b) => (order.get(a.sessionId) ?? 0) - (order.get(b.sessionId) ?? 0),
  );
  return ok({ ...enrolment, attendance, updatedAt: context.now });
}
