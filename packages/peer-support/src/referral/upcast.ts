import {
  makeUpcaster,
  parseReferral,
  parseReferralEvent,
  type Referral,
  type ReferralEvent,
} from '@livewell/core';

/** The schema version this release writes for referrals, their events and enrolments. */
export const CURRENT_REFERRAL_SCHEMA_VERSION = 1;

/** Reads a stored referral of any released schema version. Never throws. */
export const upcastReferral = makeUpcaster<Referral>({
  schema: 'Referral',
  current: CURRENT_REFERRAL_SCHEMA_VERSION,
  parse: parseReferral,
});

/** Reads a stored referral event of any released schema version. Never throws. */
export const upcastReferralEvent = makeUpcaster<ReferralEvent>({
  schema: 'ReferralEvent',
  current: CURRENT_REFERRAL_SCHEMA_VERSION,
  parse: parseReferralEvent,
});
