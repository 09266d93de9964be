export type { ImportedPersonRecord } from './import-bundle.js';
export { fromFhirBundle } from './import-bundle.js';
export type { BundleError, BundleOptions, PersonRecord } from './transaction-bundle.js';
export { toFhirTransactionBundle } from './transaction-bundle.js';
