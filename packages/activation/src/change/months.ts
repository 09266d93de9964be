import {
  addCalendarMonths,
  DEFAULT_TIME_ZONE,
  type IsoInstant,
  localDateOf,
  type TimeZone,
  wholeCalendarMonthsBetween,
} from '@livewell/core';

/**
 * Whether `to` falls between `minMonths` and `maxMonths` calendar months after `from`
 * (inclusive), comparing the local dates in `timeZone` (default Europe/London). Months are
 * core's calendar months (31 Jan + 1 month → 28/29 Feb).
 */
export function withinMonths(
  from: IsoInstant,
  to: IsoInstant,
  minMonths: number,
  maxMonths: number,
  timeZone: TimeZone = DEFAULT_TIME_ZONE,
): boolean {
  const start = localDateOf(from, timeZone);
  const end = localDateOf(to, timeZone);
  return end >= addCalendarMonths(start, minMonths) && end <= addCalendarMonths(start, maxMonths);
}

/** Whole calendar months from `from` to `to` by local date in `timeZone` (0 when less than one). */
export const wholeMonthsBetween = (
  from: IsoInstant,
  to: IsoInstant,
  timeZone: TimeZone = DEFAULT_TIME_ZONE,
): number =>
  Math.max(0, wholeCalendarMonthsBetween(localDateOf(from, timeZone), localDateOf(to, timeZone)));
