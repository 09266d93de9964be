import type { Referral, ReferralStatus } from '@livewell/core';
import type { ReferralCommandType } from './command.js';
import type { ReferralParty } from './context.js';

/** One row of the referral lifecycle: from a status, a command leads to a status, set by whom. */
export interface ReferralTransition {
  readonly from: ReferralStatus;
  readonly command: ReferralCommandType;
  readonly to: ReferralStatus;
  /** The parties who may issue the command. */
  readonly who: readonly ReferralParty[];
}

const SERVICE: readonly ReferralParty[] = ['service'];
const REFERRER: readonly ReferralParty[] = ['referrer'];
const ANYONE: readonly ReferralParty[] = ['service', 'referrer', 'person'];
const SERVICE_OR_PERSON: readonly ReferralParty[] = ['service', 'person'];

const open: readonly ReferralStatus[] = ['made', 'contacted', 'accepted', 'attending'];

/**
 * The referral lifecycle, one row per allowed move. `resume` rows go from `paused` back to the
 * status the referral was paused from. Terminal statuses only have `enter-in-error` rows;
 * `entered-in-error` has none.
 */
export const referralTransitions: readonly ReferralTransition[] = [
  { from: 'draft', command: 'make', to: 'made', who: REFERRER },
  { from: 'made', command: 'record-contact', to: 'contacted', who: SERVICE },
  { from: 'made', command: 'accept', to: 'accepted', who: SERVICE },
  { from: 'contacted', command: 'accept', to: 'accepted', who: SERVICE },
  { from: 'made', command: 'decline', to: 'declined', who: SERVICE_OR_PERSON },
  { from: 'contacted', command: 'decline', to: 'declined', who: SERVICE_OR_PERSON },
  { from: 'accepted', command: 'start-attending', to: 'attending', who: SERVICE },
  { from: 'attending', command: 'complete', to: 'completed', who: SERVICE },
  ...[...open, 'paused' as const].map(
    (from): ReferralTransition => ({
      from,
      command: 'mark-not-completed',
      to: 'not-completed',
      who: ANYONE,
    }),
  ),
  ...open.map(
    (from): ReferralTransition => ({ from, command: 'pause', to: 'paused', who: SERVICE }),
  ),
  ...open.map(
    (to): ReferralTransition => ({ from: 'paused', command: 'resume', to, who: SERVICE }),
  ),
  ...(
    [
      'draft',
      ...open,
      'paused',
      'completed',
      'declined',
      'not-completed',
    ] as const satisfies readonly ReferralStatus[]
  ).map(
    (from): ReferralTransition => ({
      from,
      command: 'enter-in-error',
      to: 'entered-in-error',
      who: REFERRER,
    }),
  ),
];

/**
 * The table row that applies to `command` on `referral`, if any. For `resume`, the row whose
 * target is the status the referral was paused from.
 */
export function findReferralTransition(
  referral: Pick<Referral, 'status' | 'pausedFrom'>,
  command: ReferralCommandType,
): ReferralTransition | undefined {
  return referralTransitions.find(
    (row) =>
      row.from === referral.status &&
      row.command === command &&
      (command !== 'resume' || row.to === referral.pausedFrom),
  );
}
