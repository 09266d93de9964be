import type { ReferralContext, ReferralRecords } from '@livewell/core';

/** What every referral command needs (schema and parser in `@livewell/core`). */
export type { ReferralContext, ReferralRecords };

/**
 * The parties who may set referral statuses: the `referrer` (the recorded referrer; the person
 * or their consenting carer for a self-referral), the receiving `service` (practitioners with a
 * current membership of its organisation, and trusted systems acting for it), and the `person`
 * referred (or a carer registered for them with their consent).
 */
export type ReferralParty = 'referrer' | 'service' | 'person';
