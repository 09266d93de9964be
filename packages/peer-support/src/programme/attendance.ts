import {
  type AttendanceRecord,
  type Enrolment,
  type EnrolmentCommand,
  err,
  ok,
  type Programme,
  type Result,
} from '@livewell/core';
import { isObject } from '../referral/input-checks.js';
import type { ProgrammeContext } from './context.js';
import { unreadable } from './guard.js';
import { enrolmentContext, rejection } from './rules.js';
import { transition } from './transition.js';
import type { Rejection } from './types.js';

/** Attendance to record for one session (schema and parser in `@livewell/core`). */
export type { AttendanceRecord };

/**
 * Records whether an enrolled person came to a session (the `record-attendance` command). Only
 * the service (by the records) may. Fails with `not-authorised`, `invalid-transition` /
 * `terminal-state` (not enrolled), `unknown-session`, `session-not-started`,
 * `attendance-already-recorded` (unless a correction), `wrong-programme` or
 * `time-before-last-change`. Never throws.
 *
 * @example
 * programme.recordAttendance(course, enrolment, { sessionId: 'week-3', status: 'attended' }, context);
 */
export function recordAttendance(
  programme: Programme,
  enrolment: Enrolment,
  record: AttendanceRecord,
  context: ProgrammeContext,
): Result<Enrolment, Rejection> {
  try {
    if (!isObject(record)) {
      return err(
        rejection('invalid-command', 'An attendance record names a session and a status.'),
      );
    }
    // Field by field: a `type` smuggled into the record must not change the command.
    const command: EnrolmentCommand = {
      type: 'record-attendance',
      sessionId: record.sessionId,
      status: record.status,
      ...(record.correction === undefined ? {} : { correction: record.correction }),
    };
    const r = transition(enrolment, command, enrolmentContext(context, programme, [enrolment]));
    return r.ok ? ok(r.value.enrolment) : r;
  } catch (cause) {
    return err(unreadable(cause));
  }
}
