import { type DomainError, domainError } from '@livewell/core';

/** The stable codes of {@link ProgrammeRejection}. A full programme is not one: it waitlists. */
export type ProgrammeRejectionCode =
  | 'already-enrolled'
  | 'waiting-list-full'
  | 'programme-ended'
  | 'programme-not-finished'
  | 'wrong-programme'
  | 'unknown-enrolment'
  | 'enrolment-closed'
  | 'not-enrolled'
  | 'unknown-session'
  | 'session-not-started'
  | 'attendance-already-recorded'
  | 'time-before-last-change'
  | 'not-authorised'
  | 'records-mismatch'
  | 'invalid-command'
  | 'invalid-context'
  | 'invalid-input';

/** Why a programme operation was refused. Match on `code`. */
export type ProgrammeRejection = DomainError<ProgrammeRejectionCode>;

/** Builds a {@link ProgrammeRejection}. */
export const programmeRejection = (
  code: ProgrammeRejectionCode,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): ProgrammeRejection => domainError(code, message, details);
