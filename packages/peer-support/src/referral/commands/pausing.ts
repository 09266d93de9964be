import { type CommandGroup, type ResumableReferralStatus, targetOneOf } from '@livewell/core';
import { enter, openStatuses, reasonOf, record, SERVICE } from '../rules.js';
import type { ReferralTypes } from '../types.js';

const resumable: readonly string[] = openStatuses;
const isResumable = (status: string): status is ResumableReferralStatus =>
  resumable.includes(status);

/** Pausing an open referral and resuming it to the status it was paused from. */
export const pausing = {
  pause: {
    from: openStatuses,
    to: 'paused',
    who: SERVICE,
    summary: 'pause',
    decide: (referral, command, context) =>
      record(referral, context, { type: 'referral.paused', reason: command.reason }),
    evolve: {
      'referral.paused': (working, event) => {
        const from = working.status;
        enter(working, event, 'paused');
        if (isResumable(from)) working.pausedFrom = from;
      },
    },
  },
  resume: {
    from: ['paused'],
    to: targetOneOf<ReferralTypes>(
      'the status it was paused from',
      openStatuses,
      (referral) => referral.pausedFrom ?? 'made',
    ),
    who: SERVICE,
    summary: 'resume',
    decide: (referral, command, context) =>
      record(referral, context, {
        type: 'referral.resumed',
        resumedTo: referral.pausedFrom ?? 'made',
        ...reasonOf(command),
      }),
    evolve: {
      'referral.resumed': (working, event) => {
        enter(working, event, event.resumedTo);
      },
    },
  },
} satisfies CommandGroup<ReferralTypes>;
