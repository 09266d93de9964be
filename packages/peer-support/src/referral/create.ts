import {
  err,
  type NewReferral,
  ok,
  type RecordId,
  type ReferralEvent,
  type Result,
} from '@livewell/core';
import { referralFromCreated } from './apply.js';
import { actsAsPerson, type ReferralContext } from './context.js';
import { type ReferralRejection, referralRejection } from './rejection.js';
import { type ReferralOutcome, transitionReferral } from './transition.js';

/** What a new referral needs (schema and parser in `@livewell/core`). */
export type { NewReferral };

/**
 * Drafts a referral by the context's actor (and makes it at once with `make: true`). A
 * self-referral must come from the person or their carer; a professional referral or
 * signposting from a practitioner or system. Fails with `invalid-referrer` otherwise.
 *
 * @example
 * const r = createReferral({ tenantId, personId, serviceId, route: 'professional-referral',
 *   reason: { needs: [], text: 'wants to walk more' }, make: true }, { now, actor: gp, ids });
 */
export function createReferral(
  input: NewReferral,
  context: ReferralContext,
): Result<ReferralOutcome, ReferralRejection> {
  const { actor } = context;
  const selfRoute = input.route === 'self-referral';
  const fitsRoute = selfRoute
    ? actsAsPerson(actor, input.personId)
    : actor.kind === 'practitioner' || actor.kind === 'system';
  if (!fitsRoute) {
    return err(
      referralRejection(
        'invalid-referrer',
        selfRoute
          ? 'A self-referral must be made by the person or a carer acting for them.'
          : 'A professional referral or signposting must be made by a practitioner or system.',
        { route: input.route, actorKind: actor.kind },
      ),
    );
  }
  const text = input.reason.text;
  if (text !== undefined && (text.trim() === '' || text.length > 2000)) {
    return err(
      referralRejection(
        'reason-required',
        'The referral reason text must have 1 to 2000 characters.',
      ),
    );
  }
  const created: Extract<ReferralEvent, { type: 'referral.created' }> = {
    type: 'referral.created',
    schemaVersion: 1,
    id: context.ids('event') as RecordId,
    tenantId: input.tenantId,
    referralId: context.ids('referral') as RecordId,
    at: context.now,
    actor,
    personId: input.personId,
    serviceId: input.serviceId,
    route: input.route,
    reason: input.reason,
    ...(input.basedOn === undefined ? {} : { basedOn: input.basedOn }),
  };
  const referral = referralFromCreated(created);
  if (input.make !== true) return ok({ referral, events: [created] });
  const made = transitionReferral(referral, { type: 'make' }, { ...context, side: 'referrer' });
  if (!made.ok) return made;
  return ok({ referral: made.value.referral, events: [created, ...made.value.events] });
}
