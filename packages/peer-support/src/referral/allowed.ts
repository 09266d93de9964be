import { type Actor, isTerminalReferralStatus, type Referral } from '@livewell/core';
import { type ReferralCommandType, referralCommandTypes } from './command.js';
import { partiesOf, type ReferralSide } from './context.js';
import { findReferralTransition } from './transitions.js';

/**
 * The commands `actor` may issue on `referral` now (before reasons and time are checked),
 * for showing the right buttons. Agrees with {@link transitionReferral}'s decisions.
 *
 * @example
 * allowedReferralCommands(referral, linkWorker, 'service'); // ['record-contact', 'accept', …]
 */
export function allowedReferralCommands(
  referral: Referral,
  actor: Actor,
  side?: ReferralSide,
): ReferralCommandType[] {
  const parties = partiesOf(referral, actor, side);
  return referralCommandTypes.filter((command) => {
    if (referral.status === 'entered-in-error') return false;
    if (isTerminalReferralStatus(referral.status) && command !== 'enter-in-error') return false;
    const row = findReferralTransition(referral, command);
    return row?.who.some((party) => parties.has(party)) ?? false;
  });
}
