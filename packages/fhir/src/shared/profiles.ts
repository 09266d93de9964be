import type { Meta } from '@medplum/fhirtypes';

/**
 * The released (status `active`) UK Core profiles livewell's exports conform to, by resource
 * type, as declared in `meta.profile`. Read from NHSDigital/FHIR-R4-UKCORE-STAGING-MAIN at
 * 3d2827e (2025-06-20), `structuredefinitions/UKCore-<Name>.xml`: Patient 2.6.1,
 * Practitioner 2.4.0, PractitionerRole 2.4.0, RelatedPerson 2.5.0, Organization 2.5.1,
 * Location 2.3.0, HealthcareService 1.3.0, Observation 2.5.0, ServiceRequest 2.5.1. CarePlan,
 * CareTeam, Questionnaire, QuestionnaireResponse and Task profiles are drafts there, and Goal has
 * none, so those resources declare no profile (see docs/fhir.md).
 */
export const UK_CORE_PROFILES = {
  Patient: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient',
  Practitioner: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-Practitioner',
  PractitionerRole: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-PractitionerRole',
  RelatedPerson: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-RelatedPerson',
  Organization: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-Organization',
  Location: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-Location',
  HealthcareService: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-HealthcareService',
  Observation: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-Observation',
  ServiceRequest: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest',
} as const;

/** A resource type with a released UK Core profile. */
export type UkCoreProfiled = keyof typeof UK_CORE_PROFILES;

/** `meta` declaring the released UK Core profile of `type`. */
export const ukCoreMeta = (type: UkCoreProfiled): Meta => ({
  profile: [UK_CORE_PROFILES[type]],
});

/** Whether a resource type has a released UK Core profile. */
export const hasUkCoreProfile = (type: string): type is UkCoreProfiled =>
  Object.hasOwn(UK_CORE_PROFILES, type);
