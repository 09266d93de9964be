export type { IsoWeekday } from './calendar.js';
export { addCalendarDays, calendarDaysBetween, isoWeekday, isWeekend } from './calendar.js';
export {
  daysInMonth,
  epochDay,
  isoOfDay,
  minutesOf,
  timeOfMinutes,
  weekdayOfDay,
  ymdOfDay,
} from './civil-day.js';
export { addCalendarMonths, wholeCalendarMonthsBetween } from './months.js';
export { addWorkingDays, isWorkingDay, workingDayOnOrBefore } from './working-days.js';
export type { ZoneClock } from './zone-clock.js';
export { createZoneClock } from './zone-clock.js';
export { isTimeZone, TIME_ZONE_PATTERN } from './zone-name.js';
export {
  DEFAULT_TIME_ZONE,
  instantToMs,
  localDateOf,
  localTimeOf,
  msToInstant,
  offsetMinutesAt,
  resolveWallClock,
  wallClockToMs,
  zonedInstant,
} from './zoned.js';
