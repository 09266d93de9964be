import {
  DEFAULT_TIME_ZONE,
  type IsoDate,
  type IsoInstant,
  localDateOf,
  type TimeZone,
} from '@livewell/core';

/** Adds calendar months to a local date, clamping to the end of shorter months (31 Jan + 1 → 28/29 Feb). */
export function addMonthsToDate(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const firstOfTarget = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
  ).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(d, lastDay));
  return firstOfTarget.toISOString().slice(0, 10);
}

/**
 * Whether `to` falls between `minMonths` and `maxMonths` calendar months after `from`
 * (inclusive), comparing the local dates in `timeZone` (default Europe/London).
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
  return end >= addMonthsToDate(start, minMonths) && end <= addMonthsToDate(start, maxMonths);
}

/** Whole calendar months from `from` to `to` by local date in `timeZone` (0 when less than one). */
export function wholeMonthsBetween(
  from: IsoInstant,
  to: IsoInstant,
  timeZone: TimeZone = DEFAULT_TIME_ZONE,
): number {
  const start = localDateOf(from, timeZone);
  const end = localDateOf(to, timeZone);
  let months = 0;
  while (months < 1200 && addMonthsToDate(start, months + 1) <= end) months += 1;
  return months;
}
