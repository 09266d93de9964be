import type {
  DomainError,
  InstrumentRef,
  ItemResponse,
  LicensedResult,
  Result,
} from '@livewell/core';

/** What a licensed deployment sends to its scoring service. */
export interface ExternalScoringRequest {
  readonly instrument: InstrumentRef;
  /** Coded answers, keyed by the licensed form’s own item ids (livewell holds no item text). */
  readonly responses: readonly ItemResponse[];
}

/** Why an external scorer could not score (its own error, passed through with a stable code). */
export type ExternalScorerError = DomainError<
  'scorer-unavailable' | 'scorer-rejected' | 'licence-invalid' | 'scorer-error'
>;

/**
 * A licensed scoring service (for PAM: the owner’s software or an approved platform). Its
 * implementation lives in the deployment, which holds the licence; livewell only records what
 * it returns with `recordLicensedResult`.
 *
 * @example
 * const scorer: ExternalScorer = {
 *   score: async (req) => ok(await myLicensedClient.score(req)),
 * };
 */
export interface ExternalScorer {
  score(request: ExternalScoringRequest): Promise<Result<LicensedResult, ExternalScorerError>>;
}
