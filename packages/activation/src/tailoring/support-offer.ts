/**
 * What kind of support an offer tailored to activation level proposes (health coaching, peer
 * support, …). Not the directory's `SupportKind` in core, which says who delivers a service
 * (peer-led, volunteer, professional).
 */
export type SupportOfferKind =
  | 'mental-health-check'
  | 'health-coaching'
  | 'information'
  | 'peer-support'
  | 'self-management-education'
  | 'relapse-prevention-planning';

/** One item of a tailored offer, in priority order. */
export interface SupportOfferItem {
  readonly kind: SupportOfferKind;
  /** What to offer, in a sentence. */
  readonly offer: string;
  /** Why it fits this level. */
  readonly rationale: string;
}

/** How much detail written information should carry. */
export type InformationStyle = 'small-chunks' | 'detailed';

/** A support offer tailored to an activation level. */
export interface SupportOffer {
  readonly level: 1 | 2 | 3 | 4;
  /** The aim of support at this level. */
  readonly aim: string;
  /** Where coaching conversations should focus. */
  readonly coachingFocus: string;
  readonly information: InformationStyle;
  /** Ordered: the first item is the one to offer first. */
  readonly items: readonly SupportOfferItem[];
  /** Whether to show the person their score (may discourage people at levels 1–2). */
  readonly shareScoreWithPerson: boolean;
}
