import type { ReferralCommand } from '@livewell/core';

/** A request to move a referral on (schema and parser in `@livewell/core`). */
export type { ReferralCommand };

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
