/**
 * The shape every expected failure in livewell follows: a stable machine-readable `code`,
 * a human `message`, and optional structured `details`. Rejections, unscorable
 * questionnaires and parse failures are all values of this shape, matched on `code`.
 */
export interface DomainError<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Builds a {@link DomainError}; `details` is omitted when not given. */
export function domainError<Code extends string>(
  code: Code,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): DomainError<Code> {
  return details === undefined ? { code, message } : { code, message, details };
}

/** One problem found while parsing, addressed by its path in the input. */
export interface ParseIssue {
  /** Where in the input, e.g. `['goals', 0, 'description']`; empty for the root. */
  readonly path: readonly (string | number)[];
  /** The validator's issue code, e.g. `invalid_type`, `too_small`. */
  readonly code: string;
  readonly message: string;
}

/** Returned by every `parseX` function when the input does not match the schema. */
export interface ParseError extends DomainError<'invalid-input'> {
  /** The name of the schema that rejected the input, e.g. `Person`. */
  readonly schema: string;
  readonly issues: readonly ParseIssue[];
}
