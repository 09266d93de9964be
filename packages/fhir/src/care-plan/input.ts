import * as z from 'zod';
import {
  FhirAnnotationInput,
  FhirCodeableConceptInput,
  FhirExtensionInput,
  FhirPeriodInput,
  FhirReferenceInput,
  resourceBase,
} from '../shared/fhir-input.js';
import { fhirRequestStatuses } from '../shared/request-status.js';
import { fhirActivityStatuses, fhirGoalLifecycleStatuses } from './status.js';

/** An untrusted FHIR `CarePlan`: the elements livewell reads; anything else is reported. */
export const FhirCarePlanInput = z.strictObject({
  ...resourceBase,
  resourceType: z.literal('CarePlan'),
  status: z.enum(fhirRequestStatuses),
  intent: z.literal('plan'),
  category: z.array(FhirCodeableConceptInput).optional(),
  subject: FhirReferenceInput,
  period: FhirPeriodInput.optional(),
  created: z.string().optional(),
  replaces: z.array(FhirReferenceInput).max(1).optional(),
  careTeam: z.array(FhirReferenceInput).max(1).optional(),
  goal: z.array(FhirReferenceInput).optional(),
  activity: z
    .array(
      z.strictObject({
        id: z.string().optional(),
        detail: z.strictObject({
          status: z.enum(fhirActivityStatuses),
          description: z.string(),
          scheduledString: z.string().optional(),
          goal: z.array(FhirReferenceInput).max(1).optional(),
          performer: z.array(FhirReferenceInput).max(1).optional(),
        }),
        progress: z.array(FhirAnnotationInput).optional(),
      }),
    )
    .optional(),
  note: z.array(FhirAnnotationInput).optional(),
});
/** An untrusted FHIR `CarePlan` after parsing. */
export type FhirCarePlanIn = z.infer<typeof FhirCarePlanInput>;

/** An untrusted FHIR `Goal`. */
export const FhirGoalInput = z.strictObject({
  ...resourceBase,
  resourceType: z.literal('Goal'),
  lifecycleStatus: z.enum(fhirGoalLifecycleStatuses),
  achievementStatus: FhirCodeableConceptInput.optional(),
  category: z.array(FhirCodeableConceptInput).max(1).optional(),
  description: FhirCodeableConceptInput,
  subject: FhirReferenceInput,
  target: z
    .array(
      z.strictObject({
        measure: FhirCodeableConceptInput.optional(),
        detailQuantity: z
          .strictObject({
            value: z.number(),
            unit: z.string().optional(),
            system: z.string().optional(),
            code: z.string().optional(),
          })
          .optional(),
        dueDate: z.string().optional(),
      }),
    )
    .max(2, 'livewell keeps one measured target and one target date')
    .optional(),
  statusReason: z.string().optional(),
  expressedBy: FhirReferenceInput.optional(),
});
/** An untrusted FHIR `Goal` after parsing. */
export type FhirGoalIn = z.infer<typeof FhirGoalInput>;

/** An untrusted FHIR `CareTeam`. */
export const FhirCareTeamInput = z.strictObject({
  ...resourceBase,
  resourceType: z.literal('CareTeam'),
  status: z.enum(['proposed', 'active', 'suspended', 'inactive', 'entered-in-error']).optional(),
  subject: FhirReferenceInput.optional(),
  participant: z
    .array(
      z.strictObject({
        extension: z.array(FhirExtensionInput).optional(),
        role: z.array(FhirCodeableConceptInput).max(1),
        member: FhirReferenceInput,
      }),
    )
    .optional(),
});
/** An untrusted FHIR `CareTeam` after parsing. */
export type FhirCareTeamIn = z.infer<typeof FhirCareTeamInput>;

/** An untrusted confidence or check-in measurement `Observation` (as livewell writes them). */
export const FhirConfidenceInput = z.strictObject({
  ...resourceBase,
  resourceType: z.literal('Observation'),
  status: z.literal('final'),
  category: z.array(FhirCodeableConceptInput).optional(),
  code: FhirCodeableConceptInput,
  subject: FhirReferenceInput,
  basedOn: z.array(FhirReferenceInput).optional(),
  effectiveDateTime: z.string().optional(),
  valueInteger: z.number().int().optional(),
  valueQuantity: z
    .strictObject({
      value: z.number(),
      unit: z.string().optional(),
      system: z.string().optional(),
      code: z.string().optional(),
    })
    .optional(),
  derivedFrom: z.array(FhirReferenceInput).max(1).optional(),
  performer: z.array(FhirReferenceInput).optional(),
});
/** An untrusted confidence `Observation` after parsing. */
export type FhirConfidenceIn = z.infer<typeof FhirConfidenceInput>;

/**
 * What `fromFhirCarePlan` is given: the CarePlan and the resources it references. The parts are
 * untrusted and checked one by one; a part livewell does not know (a typo) is refused.
 */
export const CarePlanImportInput = z.strictObject({
  carePlan: z.unknown().optional(),
  goals: z.array(z.unknown()).optional(),
  careTeam: z.unknown().optional(),
  observations: z.array(z.unknown()).optional(),
});
