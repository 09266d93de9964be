import { type Referral, referralDeclinedCoding } from '@livewell/core';
import type { CodeableConcept } from '@medplum/fhirtypes';
import { toFhirCoding } from '../shared/coding.js';

/**
 * Who declined a referral, as far as the record shows: the `person` themselves, a `carer` on
 * their behalf, the `service`, or `unknown` (an older record where a practitioner or system
 * recorded the decline without saying whose decision it was).
 */
export type ReferralDeclinedBy = 'person' | 'carer' | 'service' | 'unknown';

/**
 * Who declined `r`, from its last `declined` history entry: the entry's `declinedBy` when the
 * record has it, otherwise the actor when that is the person or a carer (a decline recorded by a
 * practitioner or a system says nothing about whose decision it was). `undefined` when the
 * referral was never declined.
 */
export function whoDeclined(r: Referral): ReferralDeclinedBy | undefined {
  const entry = r.history.findLast((h) => h.status === 'declined');
  if (!entry) return undefined;
  // `declinedBy` is being added to the core history entry; read it without depending on it.
  const recorded = (entry as { readonly declinedBy?: unknown }).declinedBy;
  if (recorded === 'person' || recorded === 'carer' || recorded === 'service') return recorded;
  if (entry.actor.kind === 'person') return 'person';
  if (entry.actor.kind === 'carer') return 'carer';
  return 'unknown';
}

const declineText: { readonly [D in ReferralDeclinedBy]: string } = {
  person: 'Declined by the person',
  carer: 'Declined by a carer on the person’s behalf',
  service: 'Declined by the service',
  unknown: 'Declined (who declined was not recorded)',
};

/**
 * `Task.statusReason` for a declined referral: always says who declined, and carries SNOMED CT
 * 871711000000103 "Social prescribing declined (situation)" only when the person themselves
 * declined — the code records the person's decision, not the service's or a carer's.
 */
export function declineReason(declinedBy: ReferralDeclinedBy): CodeableConcept {
  const text = declineText[declinedBy];
  return declinedBy === 'person'
    ? { coding: [toFhirCoding(referralDeclinedCoding)], text }
    : { text };
}
