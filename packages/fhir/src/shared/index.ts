export {
  ACTOR_ROLE_URL,
  actorReference,
  ON_BEHALF_OF_URL,
  PRACTITIONER_ROLE_SYSTEM,
  readActor,
  SYSTEM_ACTOR_URL,
} from './actor.js';
export { fhirId, livewellIdentifier, referenceTo } from './ids.js';
export type { FhirImportError, FhirImportIssue, FhirImportIssueCode } from './import-error.js';
export { importError, importIssue } from './import-error.js';
export type { FhirRequestStatus } from './request-status.js';
export { fhirRequestStatuses } from './request-status.js';
export {
  codeSystem,
  extensionUrl,
  FhirSystems,
  identifierSystem,
  LIVEWELL_FHIR_BASE,
  LivewellExtensions,
} from './systems.js';
export type { FhirImportOptions } from './tenant.js';
export { readTenant } from './tenant.js';
