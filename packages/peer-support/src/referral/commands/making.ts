import type { CommandGroup } from '@livewell/core';
import { enter, REFERRER, reasonOf, record } from '../rules.js';
import type { ReferralTypes } from '../types.js';

/** Sending a drafted referral to the service. */
export const making = {
  make: {
    from: ['draft'],
    to: 'made',
    who: REFERRER,
    summary: 'make',
    decide: (referral, command, context) =>
      record(referral, context, { type: 'referral.made', ...reasonOf(command) }),
    evolve: {
      'referral.made': (working, event) => {
        enter(working, event, 'made');
      },
    },
  },
} satisfies CommandGroup<ReferralTypes>;
