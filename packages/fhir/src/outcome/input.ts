import * as z from 'zod';
import {
  FhirCodeableConceptInput,
  FhirExtensionInput,
  FhirReferenceInput,
  resourceBase,
} from '../shared/fhir-input.js';

/** An untrusted `Communication.payload` (text or a reference; attachments are refused). */
export const FhirPayloadInput = z.strictObject({
  extension: z.array(FhirExtensionInput).optional(),
  contentString: z.string().optional(),
  contentReference: FhirReferenceInput.optional(),
});

/** An untrusted FHIR `Communication` carrying a referral's outcome summary. */
export const FhirOutcomeCommunicationInput = z.strictObject({
  ...resourceBase,
  resourceType: z.literal('Communication'),
  basedOn: z.array(FhirReferenceInput).length(1, 'the message is about one referral'),
  status: z.enum(['preparation', 'completed']),
  category: z.array(FhirCodeableConceptInput).optional(),
  subject: FhirReferenceInput,
  topic: FhirCodeableConceptInput.optional(),
  sent: z.string().optional(),
  recipient: z.array(FhirReferenceInput).min(1).max(10),
  sender: FhirReferenceInput,
  reasonCode: z.array(FhirCodeableConceptInput).max(20).optional(),
  payload: z.array(FhirPayloadInput).min(1).max(200),
});
/** An untrusted outcome Communication after parsing. */
export type FhirOutcomeCommunicationIn = z.infer<typeof FhirOutcomeCommunicationInput>;

/** An untrusted outcome measure reading `Observation`. */
export const FhirOutcomeObservationInput = z.strictObject({
  ...resourceBase,
  resourceType: z.literal('Observation'),
  basedOn: z.array(FhirReferenceInput).max(1).optional(),
  status: z.literal('final'),
  category: z.array(FhirCodeableConceptInput).optional(),
  code: FhirCodeableConceptInput,
  subject: FhirReferenceInput.optional(),
  effectiveDateTime: z.string(),
  derivedFrom: z.array(FhirReferenceInput).max(1).optional(),
  valueQuantity: z.strictObject({
    value: z.number(),
    unit: z.string().optional(),
    system: z.string().optional(),
    code: z.string().optional(),
  }),
});
/** An untrusted outcome Observation after parsing. */
export type FhirOutcomeObservationIn = z.infer<typeof FhirOutcomeObservationInput>;

/** What `fromFhirReferralOutcome` is given: the Communication and its measure Observations. */
export const ReferralOutcomeImportInput = z.strictObject({
  communication: z.unknown().optional(),
  observations: z.array(z.unknown()).max(100),
});
