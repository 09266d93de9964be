import type {
  DomainError,
  InstrumentRef,
  ItemResponse,
  MissingDataRule,
  RaisedFlag,
  UnscorableCode,
} from '@livewell/core';

export type { UnscorableCode } from '@livewell/core';

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
  /**
   * Flags raised by item, unanswered-item or total rules, in the order the definition lists
   * them; `urgent` flags must be acted on.
   */
  readonly flags: readonly RaisedFlag[];
  /** Number of scored items answered. */
  readonly answered: number;
  /** Ids of scored items left unanswered, in item order. */
  readonly missingItems: readonly string[];
  /** Whether the raw sum was prorated for missing items. */
  readonly prorated: boolean;
}

/**
 * A response set that could not be scored: no partial score is given. Flags raised by the valid
 * answers (and by unanswered safety items) are still reported — a positive PHQ-9 item 9 must be
 * acted on even when the questionnaire is incomplete; store it with `assessmentFromScoring`.
 * `rule` is the missing-data rule for `too-many-missing`; `itemId` the item at fault.
 */
export interface Unscorable extends DomainError<UnscorableCode> {
  readonly instrumentId: string;
  /** The instrument and version (`version` is `unknown` for an unusable definition). */
  readonly instrument: InstrumentRef;
  readonly flags: readonly RaisedFlag[];
  /** Scored items with a valid answer. */
  readonly answered: number;
  /** Ids of scored items with no valid answer, in item order (all of them if the list was unreadable). */
  readonly missingItems: readonly string[];
  readonly rule?: MissingDataRule;
  readonly itemId?: string;
}
