import type { CommandGroup } from '@livewell/core';
import { ANYONE, enter, openStatuses, REFERRER, record } from '../rules.js';
import type { ReferralTypes } from '../types.js';

/** Closing a referral without completion, and striking one recorded in error. */
export const closing = {
  'mark-not-completed': {
    from: [...openStatuses, 'paused'],
    to: 'not-completed',
    who: ANYONE,
    summary: 'mark not completed',
    decide: (referral, command, context) =>
      record(referral, context, {
        type: 'referral.not-completed',
        reason: command.reason,
        cause: command.cause,
      }),
    evolve: {
      'referral.not-completed': (working, event) => {
        enter(working, event, 'not-completed').cause = event.cause;
      },
    },
  },
  'enter-in-error': {
    from: ['draft', ...openStatuses, 'paused', 'completed', 'declined', 'not-completed'],
    to: 'entered-in-error',
    who: REFERRER,
    summary: 'enter in error',
    decide: (referral, command, context) =>
      record(referral, context, { type: 'referral.entered-in-error', reason: command.reason }),
    evolve: {
      'referral.entered-in-error': (working, event) => {
        enter(working, event, 'entered-in-error');
      },
    },
  },
} satisfies CommandGroup<ReferralTypes>;
