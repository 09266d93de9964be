import * as z from 'zod';
import {
  FhirCodeableConceptInput,
  FhirCodingInput,
  FhirExtensionInput,
  resourceBase,
} from '../shared/fhir-input.js';

const quantity = z.strictObject({
  value: z.number(),
  unit: z.string().optional(),
  system: z.string().optional(),
  code: z.string().optional(),
});

/** An untrusted `PlanDefinition.goal`. */
const FhirPlanGoalInput = z.strictObject({
  id: z.string().optional(),
  extension: z.array(FhirExtensionInput).optional(),
  category: FhirCodeableConceptInput.optional(),
  description: FhirCodeableConceptInput,
  target: z
    .array(z.strictObject({ measure: FhirCodeableConceptInput, detailQuantity: quantity }))
    .max(1, 'livewell keeps one measure per usual goal')
    .optional(),
});

/** An untrusted `PlanDefinition.action` as livewell writes it. */
const FhirPlanActionInput = z.strictObject({
  id: z.string().optional(),
  title: z.string().optional(),
  goalId: z.array(z.string()).optional(),
  relatedAction: z
    .array(
      z.strictObject({
        actionId: z.string(),
        relationship: z.string(),
        offsetDuration: quantity.optional(),
      }),
    )
    .max(1)
    .optional(),
  action: z.array(z.strictObject({ title: z.string() })).optional(),
});

/** An untrusted FHIR `PlanDefinition` for a livewell plan template. */
export const FhirPlanDefinitionInput = z.strictObject({
  ...resourceBase,
  resourceType: z.literal('PlanDefinition'),
  url: z.string().optional(),
  title: z.string().optional(),
  type: FhirCodeableConceptInput.optional(),
  status: z.enum(['draft', 'active']),
  useContext: z
    .array(
      z.strictObject({ code: FhirCodingInput, valueCodeableConcept: FhirCodeableConceptInput }),
    )
    .max(1, 'livewell keeps one condition')
    .optional(),
  goal: z.array(FhirPlanGoalInput).optional(),
  action: z.array(FhirPlanActionInput),
});
/** An untrusted PlanDefinition after parsing. */
export type FhirPlanDefinitionIn = z.infer<typeof FhirPlanDefinitionInput>;
