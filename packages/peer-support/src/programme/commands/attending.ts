import { type CommandGroup, err, instantToMs } from '@livewell/core';
import { record, rejection, SERVICE } from '../rules.js';
import type { ProgrammeTypes } from '../types.js';

/** Recording (or correcting) whether an enrolled person came to a session. */
export const attending = {
  'record-attendance': {
    from: ['enrolled'],
    to: 'same',
    who: SERVICE,
    summary: 'record attendance',
    decide: (enrolment, command, context) => {
      const { programme } = context;
      const session = programme.sessions.find((s) => s.id === command.sessionId);
      if (session === undefined) {
        return err(
          rejection('unknown-session', 'The session is not one of the programme sessions.', {
            sessionId: command.sessionId,
          }),
        );
      }
      if (instantToMs(context.now) < instantToMs(session.start)) {
        return err(
          rejection('session-not-started', 'Attendance cannot be recorded before a session.', {
            sessionId: session.id,
            start: session.start,
          }),
        );
      }
      const earlier = enrolment.attendance.some((a) => a.sessionId === session.id);
      if (earlier && command.correction !== true) {
        return err(
          rejection(
            'attendance-already-recorded',
            'Attendance for this session is already recorded; send a correction to change it.',
            { sessionId: session.id },
          ),
        );
      }
      return record(enrolment, context, {
        type: 'enrolment.attendance-recorded',
        entry: {
          sessionId: session.id,
          status: command.status,
          recordedAt: context.now,
          recordedBy: context.actor,
        },
        order: programme.sessions.map((s) => s.id),
      });
    },
    evolve: {
      'enrolment.attendance-recorded': (working, event) => {
        const position = new Map(event.order.map((id, i) => [id, i]));
        const others = working.attendance.filter((a) => a.sessionId !== event.entry.sessionId);
        working.attendance = [...others, event.entry].sort(
          (a, b) => (position.get(a.sessionId) ?? 0) - (position.get(b.sessionId) ?? 0),
        );
        working.updatedAt = event.at;
      },
    },
  },
} satisfies CommandGroup<ProgrammeTypes>;
