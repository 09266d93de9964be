/**
 * FHIR R4 RequestStatus codes (`http://hl7.org/fhir/request-status`), the required value set of
 * `CarePlan.status` and `ServiceRequest.status`, in the value set's order.
 */
export const fhirRequestStatuses = [
  'draft',
  'active',
  'on-hold',
  'revoked',
  'completed',
  'entered-in-error',
  'unknown',
] as const;

/** A FHIR R4 RequestStatus code. */
export type FhirRequestStatus = (typeof fhirRequestStatuses)[number];
