import * as z from 'zod';
import {
  FhirCodeableConceptInput,
  FhirPeriodInput,
  FhirReferenceInput,
  resourceBase,
} from '../shared/fhir-input.js';

const telecom = z.array(
  z.strictObject({ system: z.enum(['url', 'email']), value: z.string().min(1) }),
);

/** An untrusted FHIR `Organization`. */
export const FhirOrganizationInput = z.strictObject({
  ...resourceBase,
  resourceType: z.literal('Organization'),
  active: z.boolean().optional(),
  name: z.string(),
  telecom: telecom.max(2).optional(),
});

/** An untrusted FHIR `Location`. */
export const FhirLocationInput = z.strictObject({
  ...resourceBase,
  resourceType: z.literal('Location'),
  status: z.literal('active').optional(),
  name: z.string(),
  description: z.string().optional(),
  address: z
    .strictObject({
      line: z.array(z.string()).optional(),
      city: z.string().optional(),
      postalCode: z.string().optional(),
    })
    .optional(),
  position: z.strictObject({ latitude: z.number(), longitude: z.number() }).optional(),
  managingOrganization: FhirReferenceInput.optional(),
});

/** An untrusted FHIR `HealthcareService`. */
export const FhirHealthcareServiceInput = z.strictObject({
  ...resourceBase,
  resourceType: z.literal('HealthcareService'),
  active: z.boolean().optional(),
  providedBy: FhirReferenceInput,
  name: z.string(),
  comment: z.string().optional(),
  type: z.array(FhirCodeableConceptInput).optional(),
  telecom: telecom.max(2).optional(),
  communication: z.array(FhirCodeableConceptInput).optional(),
  location: z.array(FhirReferenceInput).optional(),
  availableTime: z.array(z.looseObject({})).optional(),
  notAvailable: z
    .array(z.strictObject({ description: z.string(), during: FhirPeriodInput.optional() }))
    .optional(),
  availabilityExceptions: z.string().optional(),
});
