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
import type { ProgrammeContext } from './context.js';
import { checkBelongs, checkEnrolmentUpdate } from './guards.js';
import { type ProgrammeRejection, programmeRejection } from './rejection.js';

/** Attendance to record for one session (schema and parser in `@livewell/core`). */
export type { AttendanceRecord };

/**
 * Records whether an enrolled person came to a session. Fails with `unknown-session` (not one
 * of the programme's sessions), `session-not-started`, `not-enrolled` (waiting-listed or
 * closed), `attendance-already-recorded` (unless a correction), `wrong-programme` or
 * `time-before-last-change`.
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
