export * from './export.js';
export type * from './hsds-types.js';
export * from './import.js';
export type { OrukNote } from './loss.js';
export { exportSchedule, type ScheduleOwner } from './schedule-export.js';
export { importSchedule, ukZoneForOffset, type ZoneForOffset } from './schedule-import.js';
export { isUuid, stableUuid } from './uuid.js';
