import type { ReferralRoute, SupportFormality, SupportKind } from '@livewell/core';

/**
 * What an import assumes for livewell-only attributes an HSDS / ORUK feed does not carry.
 * Each use is noted (`defaulted`) in the import's notes. Override per feed in
 * `OrukImportOptions.defaults`.
 */
export interface OrukImportDefaults {
  /** Who leads the support; default `professional` (most directory entries are run by staff). */
  readonly supportKind: SupportKind;
  /** Default `formal` (a listed service, not an informal group). */
  readonly supportFormality: SupportFormality;
  /**
   * How people reach it; default `professional-referral` only, so a person is never told they
   * can refer themselves when the feed did not say so.
   */
  readonly referralRoutes: readonly ReferralRoute[];
  /** The currency of amounts with none (ORUK has no currency field); default `GBP`. */
  readonly currency: string;
}

/** The documented defaults (see {@link OrukImportDefaults}). */
export const ORUK_IMPORT_DEFAULTS: OrukImportDefaults = {
  supportKind: 'professional',
  supportFormality: 'formal',
  referralRoutes: ['professional-referral'],
  currency: 'GBP',
};
