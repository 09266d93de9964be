import type { DomainError, ParseIssue } from '@livewell/core';

/** Stable codes of {@link ScheduleError}. */
export type ScheduleErrorCode =
  | 'invalid-schedule'
  | 'unknown-time-zone'
  | 'invalid-instant'
  | 'invalid-limit'
  | 'invalid-bank-holidays';

/**
 * Why a schedule function could not answer: the schedule is not a valid `Schedule`
 * (`invalid-schedule`, with the parser's `issues`) or names a zone the runtime does not know
 * (`unknown-time-zone`); an instant cannot be read (`invalid-instant`); the count, look-ahead or
 * window is not a whole number in range (`invalid-limit`); or a bank-holiday date is not a
 * `YYYY-MM-DD` date (`invalid-bank-holidays`).
 */
export interface ScheduleError extends DomainError<ScheduleErrorCode> {
  readonly issues?: readonly ParseIssue[];
}
