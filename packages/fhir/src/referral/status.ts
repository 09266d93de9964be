import type { ReferralNotCompletedCause, ReferralStatus } from '@livewell/core';
import { match } from 'ts-pattern';
import type { FhirRequestStatus } from '../shared/request-status.js';

/** FHIR R4 `Task.status` codes (`http://hl7.org/fhir/task-status`), in the value set's order. */
export const fhirTaskStatuses = [
  'draft',
  'requested',
  'received',
  'accepted',
  'rejected',
  'ready',
  'cancelled',
  'in-progress',
  'on-hold',
  'failed',
  'completed',
  'entered-in-error',
] as const;

/** A FHIR R4 `Task.status` code. */
export type FhirTaskStatus = (typeof fhirTaskStatuses)[number];

/**
 * The `Task.status` codes the HL7 SDOH Clinical Care referral Task allows
 * (SDOHCC-ValueSetReferralTaskStatus, STU 2.3 and 3.0: all of TaskStatus except `ready` and
 * `received`). Every status livewell exports is one of these.
 */
export const sdohReferralTaskStatuses: readonly FhirTaskStatus[] = fhirTaskStatuses.filter(
  (s) => s !== 'ready' && s !== 'received',
);

/**
 * The FHIR R4 `Task.status` for a referral status (the referral-management Task), within the
 * SDOH Clinical Care referral Task value set. `contacted` stays `requested` (the service has
 * not yet accepted or rejected; `Task.businessStatus` carries `contacted`); a referral closed
 * as not completed is `failed`, or `cancelled` when it was `withdrawn`.
 *
 * @example
 * toFhirTaskStatus('declined'); // 'rejected'
 */
export const toFhirTaskStatus = (
  status: ReferralStatus,
  cause?: ReferralNotCompletedCause,
): FhirTaskStatus =>
  match(status)
    .returnType<FhirTaskStatus>()
    .with('draft', () => 'draft')
    .with('made', 'contacted', () => 'requested')
    .with('accepted', () => 'accepted')
    .with('attending', () => 'in-progress')
    .with('paused', () => 'on-hold')
    .with('completed', () => 'completed')
    .with('declined', () => 'rejected')
    .with('not-completed', () => (cause === 'withdrawn' ? 'cancelled' : 'failed'))
    .with('entered-in-error', () => 'entered-in-error')
    .exhaustive();

/** The FHIR R4 `ServiceRequest.status` for a referral status. */
export const toFhirServiceRequestStatus = (status: ReferralStatus): FhirRequestStatus =>
  match(status)
    .returnType<FhirRequestStatus>()
    .with('draft', () => 'draft')
    .with('made', 'contacted', 'accepted', 'attending', () => 'active')
    .with('paused', () => 'on-hold')
    .with('completed', () => 'completed')
    .with('declined', 'not-completed', () => 'revoked')
    .with('entered-in-error', () => 'entered-in-error')
    .exhaustive();

/**
 * The referral status a FHIR R4 `Task.status` from another system reads as (livewell's own
 * exports carry the exact status in `businessStatus`): `requested` → made, `received` →
 * contacted, `ready` → accepted, `cancelled` and `failed` → not-completed.
 */
export const fromFhirTaskStatus = (status: FhirTaskStatus): ReferralStatus =>
  match(status)
    .returnType<ReferralStatus>()
    .with('draft', () => 'draft')
    .with('requested', () => 'made')
    .with('received', () => 'contacted')
    .with('accepted', 'ready', () => 'accepted')
    .with('rejected', () => 'declined')
    .with('in-progress', () => 'attending')
    .with('on-hold', () => 'paused')
    .with('completed', () => 'completed')
    .with('cancelled', 'failed', () => 'not-completed')
    .with('entered-in-error', () => 'entered-in-error')
    .exhaustive();
