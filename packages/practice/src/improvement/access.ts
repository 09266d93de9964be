import { instantToMs, type PractitionerMembership, type RecordId } from '@livewell/core';
import type { ImprovementContext, ImprovementParty } from './types.js';

const current = (m: PractitionerMembership, now: string): boolean =>
  m.until === undefined || instantToMs(m.until) > instantToMs(now);

/**
 * The parties the context's actor acts as for the practice `practiceId`, by the records: `staff`
 * when a practitioner has a current membership of it, `system` when a system the policy names.
 */
export function partiesOf(
  practiceId: RecordId,
  context: Pick<ImprovementContext, 'actor' | 'memberships' | 'systems' | 'now'>,
): ReadonlySet<ImprovementParty> {
  try {
    return partiesFrom(practiceId, context);
  } catch {
    // An unreadable context (a throwing getter, a proxy) is no party at all: never a throw.
    return new Set();
  }
}

function partiesFrom(
  practiceId: RecordId,
  context: Pick<ImprovementContext, 'actor' | 'memberships' | 'systems' | 'now'>,
): ReadonlySet<ImprovementParty> {
  const parties = new Set<ImprovementParty>();
  const { actor } = context;
  if (
    actor.kind === 'practitioner' &&
    context.memberships.some(
      (m) =>
        m.practitionerId === actor.practitionerId &&
        m.organisationId === practiceId &&
        current(m, context.now),
    )
  ) {
    parties.add('staff');
  }
  if (actor.kind === 'system' && context.systems.includes(actor.name)) parties.add('system');
  return parties;
}
