/**
 * FHIR R4 RequestStatus codes, the required value set of `CarePlan.status` and
 * `ServiceRequest.status`.
 */
export type FhirRequestStatus =
  | 'draft'
  | 'active'
  | 'on-hold'
  | 'revoked'
  | 'completed'
  | 'entered-in-error'
  | 'unknown';
