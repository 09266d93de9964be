import { type CommandGroup, err } from '@livewell/core';
import { placesLeft, waitingList } from '../roster.js';
import { enter, record, rejection, SERVICE } from '../rules.js';
import type { ProgrammeTypes } from '../types.js';

/** The reason recorded when someone is moved off the waiting list. */
export const PROMOTED_REASON = 'a place became free';

/** Moving the head of the waiting list into a free place. */
export const waiting = {
  promote: {
    from: ['waiting-listed'],
    to: 'enrolled',
    who: SERVICE,
    summary: 'promote from the waiting list',
    decide: (enrolment, _command, context) => {
      const { programme, enrolments } = context;
      const head = waitingList(enrolments)[0];
      if (
        placesLeft(programme, enrolments) === 0 ||
        (head !== undefined && head.id !== enrolment.id)
      ) {
        return err(
          rejection(
            'no-place-free',
            'No place is free for this enrolment (or others wait longer).',
            {
              enrolmentId: enrolment.id,
            },
          ),
        );
      }
      return record(enrolment, context, { type: 'enrolment.promoted', reason: PROMOTED_REASON });
    },
    evolve: {
      'enrolment.promoted': (working, event) => {
        enter(working, event, 'enrolled', event.reason);
      },
    },
  },
} satisfies CommandGroup<ProgrammeTypes>;
