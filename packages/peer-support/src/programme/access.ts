import type { PersonId } from '@livewell/core';
import { actsForOrganisation, actsForPerson } from '../referral/access.js';
import { accessProblem } from '../referral/input-checks.js';
import type { ProgrammeContext, ProgrammeParty } from './context.js';
import { rejection as programmeRejection } from './rules.js';
import type { Rejection as ProgrammeRejection } from './types.js';

/**
 * The parties the context's actor acts as, by the records: the `service` (a member of the
 * running service's organisation or a trusted system for it), and the `person` when `personId`
 * is given and the actor is that person or a consenting carer registered for them.
 */
export function programmePartiesOf(
  context: ProgrammeContext,
  personId?: PersonId,
): ReadonlySet<ProgrammeParty> {
  const { actor, records, now } = context;
  const parties = new Set<ProgrammeParty>();
  if (actsForOrganisation(actor, records.service.organisationId, records, now)) {
    parties.add('service');
  }
  if (personId !== undefined && actsForPerson(actor, personId, records.person)) {
    parties.add('person');
  }
  return parties;
}

/**
 * The parties the context's actor acts as (the same reading the lifecycle's authorisation uses), for a caller's
 * context: one without the shape authorisation reads (or that cannot be read) acts as no party.
 */
export function checkedPartiesOf(
  context: ProgrammeContext,
  personId?: PersonId,
): ReadonlySet<ProgrammeParty> {
  if (accessProblem(context, false) !== undefined) return new Set();
  try {
    return programmePartiesOf(context, personId);
  } catch {
    // A getter or proxy that passed the shape check and throws on a later read.
    return new Set();
  }
}

/** Refuses with `not-authorised` unless the actor is one of `who` (for `personId`'s place). */
export function checkActor(
  context: ProgrammeContext,
  command: string,
  who: readonly ProgrammeParty[],
  personId?: PersonId,
): ProgrammeRejection | undefined {
  const parties = programmePartiesOf(context, personId);
  if (who.some((party) => parties.has(party))) return undefined;
  return programmeRejection('not-authorised', `Only the ${who.join(' or ')} may ${command}.`, {
    command,
    allowed: who,
  });
}
