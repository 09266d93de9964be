import type { Referral } from '@livewell/core';
import {
  actsForOrganisation,
  actsForPerson,
  isConsentingCarer,
  isTrustedSystem,
  sameActor,
} from './access.js';
import type { ReferralContext, ReferralParty } from './context.js';
import { accessProblem } from './input-checks.js';
import type { Access } from './types.js';

/** True when the context's records are those of the referral's service and person. */
export const recordsFit = (
  referral: Pick<Referral, 'personId' | 'serviceId'>,
  context: Pick<ReferralContext, 'records'>,
): boolean =>
  context.records.service.id === referral.serviceId &&
  context.records.person.id === referral.personId;

/** True when the actor is the recorded referrer (a carer still needs consent; a system, the policy). */
function isRecordedReferrer(referral: Pick<Referral, 'personId' | 'referrer'>, context: Access) {
  const { actor, records } = context;
  if (!sameActor(actor, referral.referrer)) return false;
  if (actor.kind === 'carer') return isConsentingCarer(actor, referral.personId, records.person);
  if (actor.kind === 'system') return isTrustedSystem(actor, records.systems);
  return true;
}

/**
 * The parties the context's actor acts as on `referral`, by the records in the context (never
 * by what the caller claims). Assumes the records fit the referral (checked before). The person and their consenting carer
 * are the `person` (and the `referrer` of a self-referral); the recorded referrer is the
 * `referrer`; members of the receiving service's organisation and the trusted systems acting for
 * it are the `service`. A context without that shape (or that cannot be read) acts as no party.
 */
export function partiesOf(
  referral: Pick<Referral, 'personId' | 'referrer' | 'route'>,
  context: Access,
): ReadonlySet<ReferralParty> {
  if (accessProblem(context, true) !== undefined) return new Set();
  try {
    return partiesFromRecords(referral, context);
  } catch {
    // A getter or proxy that passed the shape check and throws on a later read.
    return new Set();
  }
}

/** {@link partiesOf} for a context the machine has already checked. */
export function partiesFromRecords(
  referral: Pick<Referral, 'personId' | 'referrer' | 'route'>,
  context: Access,
): ReadonlySet<ReferralParty> {
  const { actor, records, now } = context;
  const parties = new Set<ReferralParty>();
  const isPerson = actsForPerson(actor, referral.personId, records.person);
  if (isPerson) parties.add('person');
  if (isPerson && referral.route === 'self-referral') parties.add('referrer');
  if (isRecordedReferrer(referral, context)) parties.add('referrer');
  if (actsForOrganisation(actor, records.service.organisationId, records, now)) {
    parties.add('service');
  }
  return parties;
}
