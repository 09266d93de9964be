import { isTerminalReferralStatus, type Referral } from '@livewell/core';
import { type ReferralCommandType, referralCommandTypes } from './command.js';
import type { ReferralContext } from './context.js';
import { inputProblem } from './guard.js';
import { partiesOf, recordsFit } from './parties.js';
import { findReferralTransition } from './transitions.js';

/**
 * The commands the context's actor may issue on `referral` now (before reasons and time are
 * checked), for showing the right buttons. Agrees with {@link transitionReferral}'s decisions;
 * empty for input that is not parsed or records that are not the referral's. Never throws.
 *
 * @example
 * allowedReferralCommands(referral, { now, actor: linkWorker, ids, records }); // ['record-contact', 'accept', …]
 */
export function allowedReferralCommands(
  referral: Referral,
  context: ReferralContext,
): ReferralCommandType[] {
  try {
    if (inputProblem(referral, { type: 'make' }, context) !== undefined) return [];
    if (!recordsFit(referral, context)) return [];
    if (referral.status === 'entered-in-error') return [];
    const parties = partiesOf(referral, context);
    return referralCommandTypes.filter((command) => {
      if (isTerminalReferralStatus(referral.status) && command !== 'enter-in-error') return false;
      const row = findReferralTransition(referral, command);
      return row?.who.some((party) => parties.has(party)) ?? false;
    });
  } catch {
    return [];
  }
}
