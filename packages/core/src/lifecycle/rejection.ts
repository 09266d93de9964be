import { type DomainError, domainError } from '../error.js';

/**
 * Why a lifecycle refused a command (or a history): a {@link DomainError} whose `code` is one of
 * the aggregate's stable codes. Every aggregate names its own union, e.g.
 * `Rejection<'not-authorised' | 'invalid-transition' | 'reason-required'>`.
 */
export type Rejection<Code extends string = string> = DomainError<Code>;

/** The codes the lifecycle kit itself returns from `transition`, whatever the aggregate. */
export const lifecycleRejectionCodes = [
  'invalid-command',
  'not-authorised',
  'invalid-transition',
  'terminal-state',
] as const;
/** A code the lifecycle kit itself returns from `transition`. */
export type LifecycleRejectionCode = (typeof lifecycleRejectionCodes)[number];

/** The code `replay` returns for a history that does not describe one aggregate. */
export type HistoryRejectionCode = 'invalid-history';

/** Builds a {@link Rejection}; `details` is omitted when not given. */
export const rejectionOf: <Code extends string>(
  code: Code,
  message: string,
  details?: Readonly<Record<string, unknown>>,
) => Rejection<Code> = domainError;
