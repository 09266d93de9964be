import { type LivewellErrorCode, type ProblemType, problemTypes } from './problem-types.js';

/**
 * An RFC 9457 problem details object for one livewell error: the standard members (`type`,
 * `title`, `status`, `detail`, optional `instance`) and, as extension members, the stable
 * `code` and whatever structured facts the error carries (`details`, parse `issues` and
 * `schema`, storage `retryable`). Serve it as `application/problem+json`.
 */
export interface ProblemDetails {
  /** A URI naming the problem type: `typeBase` followed by the code. */
  readonly type: string;
  readonly title: string;
  readonly status: ProblemType['status'];
  /** The error's human message for this occurrence. */
  readonly detail: string;
  /** A URI for this occurrence, when the caller gives one (e.g. the request path). */
  readonly instance?: string;
  /** The livewell error code (stable, safe to match on). */
  readonly code: string;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly issues?: readonly unknown[];
  readonly schema?: string;
  /** From storage errors: whether the same call may succeed if tried again. */
  readonly retryable?: boolean;
}

/**
 * What {@link toProblemDetails} reads: a `DomainError` value (a rejection, an unscorable
 * questionnaire, a `ParseError`…) or a thrown typed error with a `code` (`StorageError`,
 * `MigrationError`…).
 */
export interface ProblemSource {
  readonly code: string;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>> | undefined;
  readonly issues?: readonly unknown[] | undefined;
  readonly schema?: string | undefined;
  readonly retryable?: boolean | undefined;
}

/** Options for {@link toProblemDetails}. */
export interface ProblemDetailsOptions {
  /** Prefix of the `type` URI; default `urn:livewell:problem:`. Point it at your own docs. */
  readonly typeBase?: string;
  /** The `instance` member, e.g. the request path. */
  readonly instance?: string;
}

/** The problem type used for a code livewell does not know (a bug or a newer package). */
export const unknownProblemType: ProblemType = {
  status: 500,
  title: 'Unexpected error',
};

/** Whether `code` is one of livewell's error codes. */
export const isLivewellErrorCode = (code: string): code is LivewellErrorCode =>
  Object.hasOwn(problemTypes, code);

/** The HTTP status and title for a code; an unknown code is a 500 "Unexpected error". */
export const problemTypeOf = (code: string): ProblemType =>
  isLivewellErrorCode(code) ? problemTypes[code] : unknownProblemType;

/**
 * Turns a livewell error (value or thrown) into RFC 9457 problem details, by the one mapping in
 * {@link problemTypes}. Never throws.
 *
 * @example
 * const result = transition(plan, command, context);
 * if (!result.ok) reply.status(toProblemDetails(result.error).status);
 */
export function toProblemDetails(
  error: ProblemSource,
  options: ProblemDetailsOptions = {},
): ProblemDetails {
  const { status, title } = problemTypeOf(error.code);
  return {
    type: `${options.typeBase ?? 'urn:livewell:problem:'}${error.code}`,
    title,
    status,
    detail: error.message,
    ...(options.instance === undefined ? {} : { instance: options.instance }),
    code: error.code,
    ...(error.details === undefined ? {} : { details: error.details }),
    ...(error.issues === undefined ? {} : { issues: error.issues }),
    ...(error.schema === undefined ? {} : { schema: error.schema }),
    ...(error.retryable === undefined ? {} : { retryable: error.retryable }),
  };
}
