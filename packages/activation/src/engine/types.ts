import type {
  DomainError,
  InstrumentRef,
  ItemResponse,
  MissingDataRule,
  RaisedFlag,
} from '@livewell/core';

/** Responses tagged with the instrument they were collected for (checked when scoring). */
export interface ResponseSet {
  readonly instrumentId: string;
  readonly responses: readonly ItemResponse[];
}

/** What `score` accepts: a bare list of item responses, or a {@link ResponseSet}. */
export type Responses = readonly ItemResponse[] | ResponseSet;

/** One subscale's outcome: `score` is `null` when its own missing-data rule was not met. */
export interface SubscaleScore {
  readonly id: string;
  readonly label: string;
  readonly score: number | null;
  readonly answered: number;
}

/** A successfully scored response set. */
export interface Scored {
  readonly instrument: InstrumentRef;
  /** The reported score, rounded to the instrument's decimals. */
  readonly total: number;
  /** The raw score before any lookup or linear transform (after proration). */
  readonly raw: number;
  readonly band?: { readonly code: string; readonly label: string };
  readonly subscales: readonly SubscaleScore[];
  /** Flags raised by item or total rules; `urgent` flags must be acted on. */
  readonly flags: readonly RaisedFlag[];
  /** Number of scored items answered. */
  readonly answered: number;
  /** Ids of scored items left unanswered. */
  readonly missing: readonly string[];
  /** Whether the raw sum was prorated for missing items. */
  readonly prorated: boolean;
}

/** Why a response set could not be scored. */
export type UnscorableCode =
  | 'invalid-definition'
  | 'wrong-instrument'
  | 'malformed-responses'
  | 'unknown-item'
  | 'duplicate-item'
  | 'not-an-integer'
  | 'out-of-range'
  | 'too-many-missing';

/**
 * A response set that could not be scored: no partial score is given. Item flags raised by
 * the valid answers are still reported (a positive PHQ-9 item 9 must be acted on even when the
 * questionnaire is incomplete). `rule` is the missing-data rule for `too-many-missing`.
 */
export interface Unscorable extends DomainError<UnscorableCode> {
  readonly instrumentId: string;
  readonly flags: readonly RaisedFlag[];
  readonly answered: number;
  readonly rule?: MissingDataRule;
  readonly itemId?: string;
}
