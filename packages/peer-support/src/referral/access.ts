import {
  type Actor,
  type IsoInstant,
  instantToMs,
  type PersonCarers,
  type PersonId,
  type PractitionerMembership,
  type RecordId,
  type TrustedSystem,
} from '@livewell/core';

/** True when `a` and `b` are the same actor (a practitioner's claimed role is ignored). */
export function sameActor(a: Actor, b: Actor): boolean {
  switch (a.kind) {
    case 'person':
      return b.kind === 'person' && b.personId === a.personId;
    case 'carer':
      return b.kind === 'carer' && b.carerId === a.carerId && b.onBehalfOf === a.onBehalfOf;
    case 'practitioner':
      return b.kind === 'practitioner' && b.practitionerId === a.practitionerId;
    case 'system':
      return b.kind === 'system' && b.name === a.name;
  }
}

/**
 * True when `actor` is a carer acting for `personId` who is registered on that person's record
 * (`person`) and has their consent. A carer not on the record, or without consent, is not.
 */
export function isConsentingCarer(
  actor: Actor,
  personId: PersonId,
  person: PersonCarers | undefined,
): boolean {
  if (actor.kind !== 'carer' || actor.onBehalfOf !== personId) return false;
  if (person === undefined || person.id !== personId) return false;
  return person.carers.some((c) => c.id === actor.carerId && c.consentToShare);
}

/** True when `actor` is the person themselves or a consenting carer acting for them. */
export const actsForPerson = (
  actor: Actor,
  personId: PersonId,
  person: PersonCarers | undefined,
): boolean =>
  (actor.kind === 'person' && actor.personId === personId) ||
  isConsentingCarer(actor, personId, person);

/** True when `membership` links the practitioner to the organisation at `now`. */
const current = (membership: PractitionerMembership, now: IsoInstant): boolean =>
  membership.until === undefined || instantToMs(now) < instantToMs(membership.until);

/** The records {@link actsForOrganisation} reads. */
export interface OrganisationRecords {
  readonly memberships: readonly PractitionerMembership[];
  readonly systems: readonly TrustedSystem[];
}

/**
 * True when `actor` acts for `organisationId` by the records: a practitioner with a current
 * membership of it, or a system the policy names as acting for it.
 */
export function actsForOrganisation(
  actor: Actor,
  organisationId: RecordId,
  records: OrganisationRecords,
  now: IsoInstant,
): boolean {
  if (actor.kind === 'practitioner') {
    return records.memberships.some(
      (m) =>
        m.practitionerId === actor.practitionerId &&
        m.organisationId === organisationId &&
        current(m, now),
    );
  }
  if (actor.kind === 'system') {
    return records.systems.some(
      (s) => s.name === actor.name && s.organisationIds.includes(organisationId),
    );
  }
  return false;
}

/** True when a system actor is named in the policy (for any organisation). */
export const isTrustedSystem = (actor: Actor, systems: readonly TrustedSystem[]): boolean =>
  actor.kind === 'system' && systems.some((s) => s.name === actor.name);

/** True when a practitioner has a current membership of any organisation. */
export const isKnownPractitioner = (
  actor: Actor,
  memberships: readonly PractitionerMembership[],
  now: IsoInstant,
): boolean =>
  actor.kind === 'practitioner' &&
  memberships.some((m) => m.practitionerId === actor.practitionerId && current(m, now));
