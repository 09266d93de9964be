import {
  type Referral,
  type ReferralPath,
  referralAcceptedCoding,
  sameCoding,
} from '@livewell/core';
import type { CodeableConcept, ServiceRequest, Task } from '@medplum/fhirtypes';
import { actorReference } from '../shared/actor.js';
import { toFhirCoding } from '../shared/coding.js';
import { fhirId, livewellIdentifier, referenceTo } from '../shared/ids.js';
import { ukCoreMeta } from '../shared/profiles.js';
import { detailsExtension } from '../shared/read.js';
import { codeSystem, LivewellExtensions } from '../shared/systems.js';
import { declineReason, whoDeclined } from './decline.js';
import { toFhirServiceRequestStatus, toFhirTaskStatus } from './status.js';

/** The FHIR resources one referral becomes. */
export interface ReferralResources {
  readonly serviceRequest: ServiceRequest;
  readonly task: Task;
}

/** The livewell code system of referral statuses (`Task.businessStatus`). */
export const REFERRAL_STATUS_SYSTEM = codeSystem('referral-status');
/** `ServiceRequest.category` text for every livewell referral (UK Core must-support). */
export const REFERRAL_CATEGORY_TEXT = 'Referral to a community or peer-support service';
/** The standard Task code for "fulfil the focal request". */
export const TASK_FULFILL: CodeableConcept = {
  coding: [{ system: 'http://hl7.org/fhir/CodeSystem/task-code', code: 'fulfill' }],
};

/** Professional and self-referrals ask the service to act (`order`); signposting only suggests. */
export const referralIntent = (route: ReferralPath): 'order' | 'proposal' =>
  route === 'signposting' ? 'proposal' : 'order';

/** The cause of the latest `not-completed` entry, which decides `failed` versus `cancelled`. */
const closingCause = (r: Referral) =>
  r.history.findLast((h) => h.status === 'not-completed')?.cause;

/**
 * A referral as FHIR R4: a `ServiceRequest` (the request: who, to which HealthcareService, why,
 * status from the lifecycle, SNOMED 871731000000106 as `code` once accepted) and a `Task`
 * tracking it (status from the lifecycle, exact livewell status as `businessStatus`; when
 * declined, `statusReason` says who declined, with SNOMED 871711000000103 only when the person
 * themselves declined).
 *
 * @example
 * const { serviceRequest, task } = toFhirReferral(referral);
 */
export function toFhirReferral(r: Referral): ReferralResources {
  const accepted = r.codes.some((c) => sameCoding(c, referralAcceptedCoding));
  const requester = actorReference(r.referrer);
  const sr: ServiceRequest = {
    resourceType: 'ServiceRequest',
    meta: ukCoreMeta('ServiceRequest'),
    id: fhirId(r.id),
    identifier: [livewellIdentifier('referral', r.id)],
    extension: [
      { url: LivewellExtensions.tenant, valueString: r.tenantId },
      ...detailsExtension({
        route: r.route,
        pausedFrom: r.pausedFrom,
        history: r.history,
        codes: r.codes,
        updatedAt: r.updatedAt,
      }),
    ],
    status: toFhirServiceRequestStatus(r.status),
    intent: referralIntent(r.route),
    category: [{ text: REFERRAL_CATEGORY_TEXT }],
    priority: 'routine',
    code: accepted
      ? { coding: [toFhirCoding(referralAcceptedCoding)] }
      : { text: REFERRAL_CATEGORY_TEXT },
    subject: referenceTo('Patient', 'person', r.personId),
    authoredOn: r.createdAt,
    requester,
    performer: [referenceTo('HealthcareService', 'service', r.serviceId)],
  };
  if (r.basedOn) sr.basedOn = [referenceTo('CarePlan', 'care-plan', r.basedOn)];
  if (r.reason.needs.length > 0)
    sr.reasonCode = r.reason.needs.map((n) => ({ coding: [toFhirCoding(n)] }));
  if (r.reason.text) sr.note = [{ text: r.reason.text }];
  const task: Task = {
    resourceType: 'Task',
    id: fhirId(r.id),
    identifier: [livewellIdentifier('referral', r.id)],
    status: toFhirTaskStatus(r.status, closingCause(r)),
    businessStatus: { coding: [{ system: REFERRAL_STATUS_SYSTEM, code: r.status }] },
    intent: 'order',
    code: TASK_FULFILL,
    focus: referenceTo('ServiceRequest', 'referral', r.id),
    for: referenceTo('Patient', 'person', r.personId),
    authoredOn: r.createdAt,
    lastModified: r.updatedAt,
    requester,
    owner: referenceTo('HealthcareService', 'service', r.serviceId),
  };
  const declinedBy = r.status === 'declined' ? whoDeclined(r) : undefined;
  if (declinedBy) task.statusReason = declineReason(declinedBy);
  return { serviceRequest: sr, task };
}
