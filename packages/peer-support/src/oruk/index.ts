/**
 * @livewell/peer-support/oruk — the Open Referral UK / HSDS 3.0 mapping of the directory:
 * `toHsdsService` (export, with notes for what HSDS cannot hold) and `fromHsdsService`
 * (import that never throws). A subpath entry of `@livewell/peer-support` because it needs the
 * package's schedule engine; see ADR 0007.
 *
 * @packageDocumentation
 */

export { ORUK_IMPORT_DEFAULTS, type OrukImportDefaults } from './defaults.js';
export { type OrukExportContext, toHsdsService } from './export.js';
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
