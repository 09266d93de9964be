import { type DomainError, domainError } from '@livewell/core';

/** The stable codes of {@link ReferralRejection}. */
export type ReferralRejectionCode =
  | 'not-authorised'
  | 'invalid-transition'
  | 'terminal-state'
  | 'reason-required'
  | 'reason-too-long'
  | 'time-before-last-change'
  | 'invalid-referrer'
  | 'invalid-event-sequence'
  | 'invalid-command'
  | 'invalid-context'
  | 'records-mismatch'
  | 'invalid-input';

/** Why a referral command (or a replay) was refused. Match on `code`. */
export type ReferralRejection = DomainError<ReferralRejectionCode>;

/** Builds a {@link ReferralRejection}. */
export const referralRejection = (
  code: ReferralRejectionCode,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): ReferralRejection => domainError(code, message, details);
