import type { CommandGroup } from '@livewell/core';
import { enter, record, SERVICE_OR_PERSON } from '../rules.js';
import type { ProgrammeTypes } from '../types.js';

/** Giving up a place or a place in the queue. */
export const leaving = {
  withdraw: {
    from: ['enrolled', 'waiting-listed'],
    to: 'withdrawn',
    who: SERVICE_OR_PERSON,
    summary: 'withdraw',
    decide: (enrolment, command, context) => {
      const reason = command.reason?.trim() === '' ? undefined : command.reason;
      return record(enrolment, context, {
        type: 'enrolment.withdrawn',
        ...(reason === undefined ? {} : { reason }),
      });
    },
    evolve: {
      'enrolment.withdrawn': (working, event) => {
        enter(working, event, 'withdrawn', event.reason);
      },
    },
  },
} satisfies CommandGroup<ProgrammeTypes>;
