import * as z from 'zod';
import {
  FhirAnnotationInput,
  FhirCodeableConceptInput,
  FhirReferenceInput,
  resourceBase,
} from '../shared/fhir-input.js';
import { fhirTaskStatuses } from './status.js';

/** An untrusted FHIR `ServiceRequest` for a referral. */
export const FhirServiceRequestInput = z.strictObject({
  ...resourceBase,
  resourceType: z.literal('ServiceRequest'),
  status: z.enum(['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error']),
  intent: z.enum(['order', 'proposal']),
  category: z.array(FhirCodeableConceptInput).optional(),
  priority: z.literal('routine').optional(),
  code: FhirCodeableConceptInput.optional(),
  subject: FhirReferenceInput,
  authoredOn: z.string().optional(),
  requester: FhirReferenceInput.optional(),
  performer: z.array(FhirReferenceInput).length(1, 'livewell refers to exactly one service'),
  basedOn: z.array(FhirReferenceInput).max(1).optional(),
  reasonCode: z.array(FhirCodeableConceptInput).optional(),
  note: z.array(FhirAnnotationInput).max(1).optional(),
});
/** An untrusted ServiceRequest after parsing. */
export type FhirServiceRequestIn = z.infer<typeof FhirServiceRequestInput>;

/** An untrusted FHIR `Task` tracking a referral. */
export const FhirTaskInput = z.strictObject({
  ...resourceBase,
  resourceType: z.literal('Task'),
  status: z.enum(fhirTaskStatuses),
  businessStatus: FhirCodeableConceptInput.optional(),
  statusReason: FhirCodeableConceptInput.optional(),
  intent: z.literal('order'),
  code: FhirCodeableConceptInput.optional(),
  focus: FhirReferenceInput.optional(),
  for: FhirReferenceInput.optional(),
  authoredOn: z.string().optional(),
  lastModified: z.string().optional(),
  requester: FhirReferenceInput.optional(),
  owner: FhirReferenceInput.optional(),
});
/** An untrusted Task after parsing. */
export type FhirTaskIn = z.infer<typeof FhirTaskInput>;

/** What `fromFhirReferral` is given: the ServiceRequest and the Task that tracks it. */
export const ReferralImportInput = z.strictObject({
  serviceRequest: z.unknown().optional(),
  task: z.unknown().optional(),
});
