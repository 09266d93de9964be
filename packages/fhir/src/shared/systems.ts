/**
 * The base of every URI livewell mints for FHIR: identifier systems, code systems and
 * extension URLs. Integrators who publish these under their own domain can map them on the way
 * out; inside livewell they are fixed so that exports round-trip.
 */
export const LIVEWELL_FHIR_BASE = 'https://fhir.livewell.dev';

/** The identifier system for livewell record ids of one kind, e.g. `care-plan`. */
export const identifierSystem = (kind: string): string => `${LIVEWELL_FHIR_BASE}/Id/${kind}`;

/** The URL of a livewell code system, e.g. `goal-domain`. */
export const codeSystem = (name: string): string => `${LIVEWELL_FHIR_BASE}/CodeSystem/${name}`;

/** The URL of a livewell extension, e.g. `care-plan-state`. */
export const extensionUrl = (name: string): string =>
  `${LIVEWELL_FHIR_BASE}/StructureDefinition/${name}`;

/** Standard code systems and extensions used by the mappings. */
export const FhirSystems = {
  snomed: 'http://snomed.info/sct',
  loinc: 'http://loinc.org',
  nhsNumber: 'https://fhir.nhs.uk/Id/nhs-number',
  goalAchievement: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  /** Core extension tying an Observation (or other resource) to the Goal it is about. */
  pertainsToGoal: 'http://hl7.org/fhir/StructureDefinition/resource-pertainsToGoal',
  ucum: 'http://unitsofmeasure.org',
} as const;

/** Extensions livewell defines for facts FHIR R4 has no element for. */
export const LivewellExtensions = {
  /** The exact livewell lifecycle state (FHIR's status is a coarser projection). */
  state: extensionUrl('lifecycle-state'),
  /** JSON of the livewell-only parts of a record (see docs/fhir.md). */
  details: extensionUrl('livewell-details'),
  /** The tenant (owning organisation) of the record. */
  tenant: extensionUrl('tenant'),
} as const;
