import type { Actor, IdGenerator, IsoInstant, Referral } from '@livewell/core';

/** Which side of a referral a practitioner or system acts for. */
export type ReferralSide = 'referrer' | 'service';

/**
 * The parties who may set referral statuses: the `referrer` side (the referrer and colleagues
 * acting for them; the person for a self-referral), the receiving `service`, and the `person`
 * referred (or a carer acting for them).
 */
export type ReferralParty = 'referrer' | 'service' | 'person';

/**
 * What every referral command needs: the current instant, who is acting, an id generator for
 * new records and events, and (for practitioners and systems) which side they act for.
 */
export interface ReferralContext {
  readonly now: IsoInstant;
  readonly actor: Actor;
  readonly ids: IdGenerator;
  /** The side a practitioner or system acts for; ignored for the person and carers. */
  readonly side?: ReferralSide;
}

/** True when `a` and `b` are the same actor (a practitioner's role may differ). */
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

/** True when `actor` is the referred person, or a carer acting on their behalf. */
export const actsAsPerson = (actor: Actor, personId: Referral['personId']): boolean =>
  (actor.kind === 'person' && actor.personId === personId) ||
  (actor.kind === 'carer' && actor.onBehalfOf === personId);

/**
 * The parties `actor` may act as on `referral`. The person (or their carer) is the `person`,
 * and also the `referrer` of a self-referral; the recorded referrer is the `referrer`;
 * practitioners and systems take the `side` they declare.
 */
export function partiesOf(
  referral: Pick<Referral, 'personId' | 'referrer' | 'route'>,
  actor: Actor,
  side?: ReferralSide,
): ReadonlySet<ReferralParty> {
  const parties = new Set<ReferralParty>();
  const isPerson = actsAsPerson(actor, referral.personId);
  if (isPerson) parties.add('person');
  if (isPerson && referral.route === 'self-referral') parties.add('referrer');
  if (sameActor(actor, referral.referrer)) parties.add('referrer');
  if (side !== undefined && (actor.kind === 'practitioner' || actor.kind === 'system')) {
    parties.add(side);
  }
  return parties;
}
