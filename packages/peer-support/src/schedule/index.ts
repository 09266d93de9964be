export { createZoneClock, type ZoneClock } from '@livewell/core';
export { englandAndWalesBankHolidays } from './bank-holidays.js';
export {
  DEFAULT_LOOKAHEAD_DAYS,
  isOpenAt,
  nextSessions,
  type SessionLimit,
} from './next-sessions.js';
export { MAX_SPAN_DAYS } from './read-input.js';
export type { ScheduleError, ScheduleErrorCode } from './schedule-error.js';
export type { ScheduleOptions, Session } from './session.js';
