import type { DomainError, ParseError } from '@livewell/core';

/** The specific ways a structurally valid definition can still be unusable. */
export type DefinitionProblemCode =
  | 'duplicate-scale'
  | 'duplicate-option'
  | 'unknown-scale'
  | 'duplicate-item'
  | 'no-scored-items'
  | 'duplicate-subscale'
  | 'unknown-item-reference'
  | 'invalid-weights'
  | 'lookup-incomplete'
  | 'non-positive-slope'
  | 'missing-rule-impossible'
  | 'prorate-not-applicable'
  | 'sum-needs-proration'
  | 'range-mismatch'
  | 'invalid-band'
  | 'duplicate-band'
  | 'band-unreachable'
  | 'bands-overlap'
  | 'bands-gap'
  | 'bands-do-not-cover-range'
  | 'flag-unreachable'
  | 'duplicate-flag';

/** One problem in a definition, with a dotted path to where it is. */
export interface DefinitionProblem {
  readonly code: DefinitionProblemCode;
  readonly path: string;
  readonly message: string;
}

/** A definition that has the right shape but breaks one or more rules (all are listed). */
export interface InvalidDefinition extends DomainError<'invalid-definition'> {
  readonly instrumentId: string;
  readonly problems: readonly DefinitionProblem[];
}

/** Why `defineInstrument` rejected its input: a shape error or broken rules. */
export type InstrumentDefinitionError = ParseError | InvalidDefinition;
