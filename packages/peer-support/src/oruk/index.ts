/**
 * @livewell/peer-support/oruk — the Open Referral UK / HSDS 3.0 mapping of the directory:
 * `toHsdsService` (export, ORUK-profile by default, with notes for what it cannot hold),
 * `fromHsdsService` (import that never throws, with a loss report), the ORUK API v3 as pure
 * functions (`listServices`, `getService`, `listTaxonomies`, `listTaxonomyTerms`) and a sync
 * client (`syncOrukApi`). A subpath entry of `@livewell/peer-support` because it needs the
 * package's schedule engine; see ADR 0007.
 *
 * @packageDocumentation
 */

export {
  type OrukApiDirectory,
  type OrukApiEntry,
  type OrukApiRecords,
  orukApiDirectory,
} from './api/directory.js';
export { type OrukPage, pageOf } from './api/page.js';
export {
  MAX_PER_PAGE,
  type OrukApiError,
  type OrukServiceQuery,
  readServiceQuery,
} from './api/query.js';
export {
  getService,
  listServices,
  type OrukServiceSummary,
} from './api/services.js';
export {
  type OrukFetch,
  type OrukSyncError,
  type OrukSyncOptions,
  type OrukSyncReport,
  type OrukSyncState,
  type OrukSyncStore,
  syncOrukApi,
} from './api/sync.js';
export {
  apiInfo,
  getTaxonomyTerm,
  listTaxonomies,
  listTaxonomyTerms,
  type OrukTaxonomy,
  type OrukTaxonomyTerm,
} from './api/taxonomies.js';
export { ORUK_IMPORT_DEFAULTS, type OrukImportDefaults } from './defaults.js';
export { LIVEWELL_EXTENSIONS, type OrukExportContext, toHsdsService } from './export.js';
export type {
  HsdsAddress,
  HsdsAttribute,
  HsdsLocation,
  HsdsOrganization,
  HsdsSchedule,
  HsdsService,
  HsdsServiceAtLocation,
  HsdsTaxonomyTerm,
} from './hsds-types.js';
export {
  fromHsdsService,
  type OrukError,
  type OrukImport,
  type OrukImportOptions,
} from './import.js';
export type { OrukLoss } from './ledger.js';
export type { OrukNote } from './loss.js';
export {
  importSchedule,
  type ScheduleReading,
  ukZoneForOffset,
  type ZoneForOffset,
} from './schedule-import.js';
export { isUuid, stableUuid } from './uuid.js';
