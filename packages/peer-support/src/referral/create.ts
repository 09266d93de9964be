import {
  err,
  type NewReferral,
  ok,
  parseNewReferral,
  type RecordId,
  type ReferralEvent,
  type Result,
} from '@livewell/core';
import { actsForPerson, isKnownPractitioner, isTrustedSystem } from './access.js';
import type { ReferralContext } from './context.js';
import { unreadable } from './guard.js';
import { contextProblem } from './input-checks.js';
import { fromCreated } from './lifecycle.js';
import { rejection as referralRejection } from './rules.js';
import { type Outcome, transition } from './transition.js';
import type { Rejection } from './types.js';

/** What a new referral needs (schema and parser in `@livewell/core`). */
export type { NewReferral };

/** True when the actor may refer by `route`, by the context's records. */
function mayRefer(input: NewReferral, context: ReferralContext): boolean {
  const { actor, records, now } = context;
  if (input.route === 'self-referral') return actsForPerson(actor, input.personId, records.person);
  return (
    isKnownPractitioner(actor, records.memberships, now) || isTrustedSystem(actor, records.systems)
  );
}

function draft(input: NewReferral, context: ReferralContext): Result<Outcome, Rejection> {
  const { actor, records } = context;
  if (records.service.id !== input.serviceId || records.person.id !== input.personId) {
    return err(
      referralRejection(
        'records-mismatch',
        "The context's records are not those of the referral's service and person.",
        { serviceId: input.serviceId },
      ),
    );
  }
  if (!mayRefer(input, context)) {
    const selfRoute = input.route === 'self-referral';
    return err(
      referralRejection(
        'invalid-referrer',
        selfRoute
          ? 'A self-referral must be made by the person or a carer registered with their consent.'
          : 'A professional referral or signposting must be made by a practitioner with a current membership or a trusted system.',
        { route: input.route, actorKind: actor.kind },
      ),
    );
  }
  const text = input.reason.text;
  if (text !== undefined && text.trim() === '') {
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
  const referral = fromCreated(created);
  if (input.make !== true) return ok({ referral, events: [created] });
  const made = transition(referral, { type: 'make' }, context);
  if (!made.ok) return made;
  return ok({ referral: made.value.referral, events: [created, ...made.value.events] });
}

/**
 * Drafts a referral by the context's actor (and makes it at once with `make: true`). A
 * self-referral must come from the person or a carer registered with their consent; a
 * professional referral or signposting from a practitioner with a current membership or a
 * trusted system. Fails with `invalid-referrer` otherwise, `records-mismatch` when the records
 * are for another service or person, and `invalid-command` / `invalid-context` for input that
 * does not parse. Never throws.
 *
 * @example
 * const r = referral.create({ tenantId, personId, serviceId, route: 'professional-referral',
 *   reason: { needs: [], text: 'wants to walk more' }, make: true },
 *   { now, actor: gp, ids, records: { service, person, memberships, systems } });
 */
export function create(input: NewReferral, context: ReferralContext): Result<Outcome, Rejection> {
  try {
    const parsed = parseNewReferral(input);
    if (!parsed.ok) {
      return err(
        referralRejection('invalid-command', parsed.error.message, { issues: parsed.error.issues }),
      );
    }
    const problem = contextProblem(context, true);
    if (problem !== undefined) {
      return err(referralRejection('invalid-context', `Invalid referral context: ${problem}.`));
    }
    return draft(parsed.value, context);
  } catch (cause) {
    return err(unreadable(cause));
  }
}
