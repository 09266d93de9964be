import {
  type CommandGroup,
  err,
  type ReferralCommand,
  type ReferralDecliner,
  referralAcceptedCoding,
  referralDeclinedCoding,
} from '@livewell/core';
import type { ReferralContext } from '../context.js';
import {
  addCode,
  enter,
  reasonOf,
  record,
  rejection,
  SERVICE,
  SERVICE_OR_PERSON,
} from '../rules.js';
import type { ReferralTypes, Rejection } from '../types.js';

/**
 * Who declined, from the actor and the command: the person and a carer record their own
 * decline; the service records its own, or the person's or a carer's when told (`declinedBy`).
 * Runs after authorisation, so a person or carer here acts for the referred person.
 */
export function declinerOf(
  command: Extract<ReferralCommand, { type: 'decline' }>,
  context: Pick<ReferralContext, 'actor'>,
): ReferralDecliner | Rejection {
  const kind = context.actor.kind;
  const own: ReferralDecliner | undefined =
    kind === 'person' ? 'person' : kind === 'carer' ? 'carer' : undefined;
  if (own === undefined) return command.declinedBy ?? 'service';
  if (command.declinedBy === undefined || command.declinedBy === own) return own;
  return rejection(
    'not-authorised',
    `A ${own} can record only their own decline, not the ${command.declinedBy}'s.`,
    { command: 'decline', declinedBy: command.declinedBy },
  );
}

/** The service's response: contact, acceptance or decline (the person may decline too). */
export const responding = {
  'record-contact': {
    from: ['made'],
    to: 'contacted',
    who: SERVICE,
    summary: 'record contact',
    decide: (referral, command, context) =>
      record(referral, context, { type: 'referral.contacted', ...reasonOf(command) }),
    evolve: {
      'referral.contacted': (working, event) => {
        enter(working, event, 'contacted');
      },
    },
  },
  accept: {
    from: ['made', 'contacted'],
    to: 'accepted',
    who: SERVICE,
    summary: 'accept',
    decide: (referral, command, context) =>
      record(referral, context, {
        type: 'referral.accepted',
        code: referralAcceptedCoding,
        ...reasonOf(command),
      }),
    evolve: {
      'referral.accepted': (working, event) => {
        enter(working, event, 'accepted');
        addCode(working, event.code);
      },
    },
  },
  decline: {
    from: ['made', 'contacted'],
    to: 'declined',
    who: SERVICE_OR_PERSON,
    summary: 'decline',
    decide: (referral, command, context) => {
      const declinedBy = declinerOf(command, context);
      if (typeof declinedBy !== 'string') return err(declinedBy);
      // SNOMED CT 871711000000103 says the person declined: only their own decline carries it.
      return record(referral, context, {
        type: 'referral.declined',
        reason: command.reason,
        declinedBy,
        ...(declinedBy === 'person' ? { code: referralDeclinedCoding } : {}),
      });
    },
    evolve: {
      'referral.declined': (working, event) => {
        const change = enter(working, event, 'declined');
        if (event.declinedBy !== undefined) change.declinedBy = event.declinedBy;
        if (event.code !== undefined) addCode(working, event.code);
      },
    },
  },
} satisfies CommandGroup<ReferralTypes>;
