import type { FhirRequestStatus } from '../shared/fhir-request-status.js';
import type { ReferralNotCompletedCause, ReferralStatus } from './referral-status.js';

/** FHIR R4 `Task.status` codes (the TaskStatus value set), in the value set's order. */
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

const taskStatus: Readonly<Record<ReferralStatus, FhirTaskStatus>> = {
  draft: 'draft',
  made: 'requested',
  contacted: 'received',
  accepted: 'accepted',
  attending: 'in-progress',
  paused: 'on-hold',
  completed: 'completed',
  declined: 'rejected',
  'not-completed': 'failed',
  'entered-in-error': 'entered-in-error',
};

const requestStatus: Readonly<Record<ReferralStatus, FhirRequestStatus>> = {
  draft: 'draft',
  made: 'active',
  contacted: 'active',
  accepted: 'active',
  attending: 'active',
  paused: 'on-hold',
  completed: 'completed',
  declined: 'revoked',
  'not-completed': 'revoked',
  'entered-in-error': 'entered-in-error',
};

/**
 * The FHIR R4 `Task.status` for a referral status (the referral-management Task). A referral
 * closed as not completed maps to `failed`, or to `cancelled` when it was `withdrawn`.
 *
 * @example
 * toFhirTaskStatus('declined'); // 'rejected'
 */
export function toFhirTaskStatus(
  status: ReferralStatus,
  cause?: ReferralNotCompletedCause,
): FhirTaskStatus {
  if (status === 'not-completed' && cause === 'withdrawn') return 'cancelled';
  return taskStatus[status];
}

/** The FHIR R4 `ServiceRequest.status` for a referral status. */
export const toFhirServiceRequestStatus = (status: ReferralStatus): FhirRequestStatus =>
  requestStatus[status];

const fromTask: Readonly<Record<FhirTaskStatus, ReferralStatus>> = {
  draft: 'draft',
  requested: 'made',
  received: 'contacted',
  accepted: 'accepted',
  ready: 'accepted',
  rejected: 'declined',
  cancelled: 'not-completed',
  'in-progress': 'attending',
  'on-hold': 'paused',
  failed: 'not-completed',
  completed: 'completed',
  'entered-in-error': 'entered-in-error',
};

/**
 * The referral status a FHIR R4 `Task.status` reads as on import (the inverse of
 * {@link toFhirTaskStatus}; `ready` reads as `accepted`, `cancelled` and `failed` as
 * `not-completed`).
 */
export const fromFhirTaskStatus = (status: FhirTaskStatus): ReferralStatus => fromTask[status];
