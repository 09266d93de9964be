import * as z from 'zod';
import {
  FhirCodeableConceptInput,
  FhirCodingInput,
  FhirIdentifierInput,
  FhirReferenceInput,
  resourceBase,
} from '../shared/fhir-input.js';

/** An untrusted FHIR `QuestionnaireResponse` (flat items; nested items are refused). */
export const FhirQuestionnaireResponseInput = z.strictObject({
  ...resourceBase,
  identifier: FhirIdentifierInput.optional(),
  resourceType: z.literal('QuestionnaireResponse'),
  questionnaire: z.string().optional(),
  status: z.literal('completed'),
  subject: FhirReferenceInput,
  authored: z.string().optional(),
  author: FhirReferenceInput.optional(),
  item: z
    .array(
      z.strictObject({
        linkId: z.string(),
        text: z.string().optional(),
        answer: z
          .array(
            z.strictObject({
              valueInteger: z.number().int().optional(),
              valueCoding: FhirCodingInput.optional(),
            }),
          )
          .max(1, 'livewell keeps one answer per item')
          .optional(),
      }),
    )
    .optional(),
});
/** An untrusted QuestionnaireResponse after parsing. */
export type FhirQuestionnaireResponseIn = z.infer<typeof FhirQuestionnaireResponseInput>;

const quantity = z.strictObject({
  value: z.number(),
  unit: z.string().optional(),
  system: z.string().optional(),
  code: z.string().optional(),
});

/** An untrusted score `Observation`. */
export const FhirScoreObservationInput = z.strictObject({
  ...resourceBase,
  resourceType: z.literal('Observation'),
  status: z.literal('final'),
  category: z.array(FhirCodeableConceptInput).optional(),
  code: FhirCodeableConceptInput,
  subject: FhirReferenceInput.optional(),
  effectiveDateTime: z.string().optional(),
  performer: z.array(FhirReferenceInput).optional(),
  derivedFrom: z.array(FhirReferenceInput).optional(),
  valueQuantity: quantity.optional(),
  valueInteger: z.number().int().optional(),
  dataAbsentReason: FhirCodeableConceptInput.optional(),
  interpretation: z.array(FhirCodeableConceptInput).max(1).optional(),
});
/** An untrusted score Observation after parsing. */
export type FhirScoreObservationIn = z.infer<typeof FhirScoreObservationInput>;

/** What `fromFhirAssessment` is given: the QuestionnaireResponse and its score Observations. */
export const AssessmentImportInput = z.strictObject({
  questionnaireResponse: z.unknown().optional(),
  observations: z.array(z.unknown()),
});
