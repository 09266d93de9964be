import type { CommandGroup } from '@livewell/core';
import { enter, reasonOf, record, SERVICE } from '../rules.js';
import type { ReferralTypes } from '../types.js';

/** The person taking up the service, through to completion. */
export const attending = {
  'start-attending': {
    from: ['accepted'],
    to: 'attending',
    who: SERVICE,
    summary: 'start attending',
    decide: (referral, command, context) =>
      record(referral, context, { type: 'referral.attendance-started', ...reasonOf(command) }),
    evolve: {
      'referral.attendance-started': (working, event) => {
        enter(working, event, 'attending');
      },
    },
  },
  complete: {
    from: ['attending'],
    to: 'completed',
    who: SERVICE,
    summary: 'complete',
    decide: (referral, command, context) =>
      record(referral, context, {
        type: 'referral.completed',
        ...reasonOf(command),
        ...(command.outcome === undefined ? {} : { outcome: structuredClone(command.outcome) }),
      }),
    evolve: {
      'referral.completed': (working, event) => {
        enter(working, event, 'completed');
        if (event.outcome !== undefined) working.outcome = structuredClone(event.outcome);
      },
    },
  },
} satisfies CommandGroup<ReferralTypes>;
