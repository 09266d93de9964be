import type { ReferralNotCompletedCause } from '@livewell/core';

/**
 * A request to move a referral on. `reason` is required (non-blank) for `decline`,
 * `mark-not-completed`, `pause` and `enter-in-error`, and optional elsewhere.
 */
export type ReferralCommand =
  | { readonly type: 'make'; readonly reason?: string }
  | { readonly type: 'record-contact'; readonly reason?: string }
  | { readonly type: 'accept'; readonly reason?: string }
  | { readonly type: 'decline'; readonly reason: string }
  | { readonly type: 'start-attending'; readonly reason?: string }
  | { readonly type: 'complete'; readonly reason?: string }
  | {
      readonly type: 'mark-not-completed';
      readonly reason: string;
      readonly cause: ReferralNotCompletedCause;
    }
  | { readonly type: 'pause'; readonly reason: string }
  | { readonly type: 'resume'; readonly reason?: string }
  | { readonly type: 'enter-in-error'; readonly reason: string };

/** The `type` of a {@link ReferralCommand}. */
export type ReferralCommandType = ReferralCommand['type'];

/** Every command type, in lifecycle order. */
export const referralCommandTypes: readonly ReferralCommandType[] = [
  'make',
  'record-contact',
  'accept',
  'decline',
  'start-attending',
  'complete',
  'mark-not-completed',
  'pause',
  'resume',
  'enter-in-error',
];

/** Commands that must carry a non-blank reason. */
export const reasonRequiredCommands: readonly ReferralCommandType[] = [
  'decline',
  'mark-not-completed',
  'pause',
  'enter-in-error',
];
