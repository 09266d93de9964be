export type { PractitionerInRole } from './practitioner.js';
export { practitionerRoleId, toFhirPractitioner, toFhirPractitionerRole } from './practitioner.js';
