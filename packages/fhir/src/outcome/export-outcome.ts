import {
  type Actor,
  type DomainError,
  domainError,
  err,
  type IsoInstant,
  ok,
  type Referral,
  type Result,
} from '@livewell/core';
import type { Communication, CommunicationPayload, Observation } from '@medplum/fhirtypes';
import { actorReference } from '../shared/actor.js';
import { toFhirCoding } from '../shared/coding.js';
import { fhirId, livewellIdentifier, referenceTo } from '../shared/ids.js';
import { detailsExtension } from '../shared/read.js';
import { LivewellExtensions } from '../shared/systems.js';
import {
  OUTCOME_PART_URL,
  OUTCOME_SUMMARY_CATEGORY,
  OUTCOME_SUMMARY_TEXT,
  type OutcomePart,
  outcomeCommunicationId,
} from './codes.js';
import { toFhirOutcomeObservation } from './measure-observation.js';

/** The FHIR resources a referral's outcome becomes: the message and its measure readings. */
export interface ReferralOutcomeResources {
  readonly communication: Communication;
  /** Two per outcome measure, start then end, in the order of the referral's measures. */
  readonly observations: readonly Observation[];
}

/** Who else the message goes to, and whether (and when) it was sent. */
export interface ReferralOutcomeOptions {
  /** The person's GP; left out when it is the referrer (one copy each). */
  readonly gp?: Actor | undefined;
  /** When the message was sent: `status = completed` and `sent`; otherwise `preparation`. */
  readonly sentAt?: IsoInstant | undefined;
}

/** Why no outcome message can be written: the referral is not completed with an outcome. */
export type ReferralOutcomeExportError = DomainError<'no-outcome'>;

const sameActor = (a: Actor, b: Actor) => JSON.stringify(a) === JSON.stringify(b);

const part = (p: OutcomePart, payload: Omit<CommunicationPayload, 'extension'>) => ({
  extension: [{ url: OUTCOME_PART_URL, valueCode: p }],
  ...payload,
});

/**
 * The message back for a completed referral as FHIR R4: a `Communication` to the referrer and
 * the GP (`recipient`), from the service (`sender` → HealthcareService), about the person,
 * `basedOn` the referral's ServiceRequest, with the needs addressed as `reasonCode` and, in
 * `payload`, the summary in words, each concern addressed, each kind of support given and a
 * reference to each outcome measure reading (a survey `Observation`, start then end). Each
 * payload says which part it is (extension `…/outcome-part`). `no-outcome` when the referral is
 * not completed or has no outcome.
 *
 * @example
 * const message = toFhirReferralOutcome(referral, { gp, sentAt: now });
 * if (message.ok) send(message.value.communication, message.value.observations);
 */
export function toFhirReferralOutcome(
  referral: Referral,
  options: ReferralOutcomeOptions = {},
): Result<ReferralOutcomeResources, ReferralOutcomeExportError> {
  const { outcome } = referral;
  const completed = referral.history.findLast((h) => h.status === 'completed');
  if (referral.status !== 'completed' || outcome === undefined || completed === undefined) {
    return err(
      domainError('no-outcome', `Referral ${referral.id} is not completed with an outcome.`, {
        referralId: referral.id,
        status: referral.status,
      }),
    );
  }
  const to = [referral.referrer];
  if (options.gp !== undefined && !sameActor(options.gp, referral.referrer)) to.push(options.gp);
  const observations = outcome.measures.flatMap((m, i) => [
    toFhirOutcomeObservation(referral, m, i, 'start'),
    toFhirOutcomeObservation(referral, m, i, 'end'),
  ]);
  const measureParts = observations.map((o, i) =>
    part(i % 2 === 0 ? 'measure-start' : 'measure-end', {
      contentReference: { reference: `Observation/${o.id}` },
    }),
  );
  const id = outcomeCommunicationId(referral.id);
  const communication: Communication = {
    resourceType: 'Communication',
    id: fhirId(id),
    identifier: [livewellIdentifier('referral-outcome', referral.id)],
    extension: [
      { url: LivewellExtensions.tenant, valueString: referral.tenantId },
      ...detailsExtension({ completedAt: completed.at }),
    ],
    basedOn: [referenceTo('ServiceRequest', 'referral', referral.id)],
    status: options.sentAt === undefined ? 'preparation' : 'completed',
    category: [OUTCOME_SUMMARY_CATEGORY],
    subject: referenceTo('Patient', 'person', referral.personId),
    topic: { text: OUTCOME_SUMMARY_TEXT },
    recipient: to.map(actorReference),
    sender: referenceTo('HealthcareService', 'service', referral.serviceId),
    payload: [
      part('summary', { contentString: outcome.summary }),
      ...outcome.concernsAddressed.map((c) => part('concern', { contentString: c })),
      ...outcome.supportGiven.map((s) => part('support', { contentString: s })),
      ...measureParts,
    ],
  };
  if (options.sentAt !== undefined) communication.sent = options.sentAt;
  if (outcome.needsAddressed.length > 0) {
    communication.reasonCode = outcome.needsAddressed.map((n) => ({ coding: [toFhirCoding(n)] }));
  }
  return ok({ communication, observations });
}
