import type { IsoDate } from '../shared/time-values.js';

/** ISO weekday numbers: Monday = 1 … Sunday = 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DAY_MS = 86_400_000;

function toUtcMidnight(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtcMidnight(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Adds whole calendar days to a local date (negative to go back). Zone-independent. */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMidnight(toUtcMidnight(date) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);
}

/** The ISO weekday of a local date (Monday = 1 … Sunday = 7). */
export function isoWeekday(date: IsoDate): IsoWeekday {
  const js = new Date(toUtcMidnight(date)).getUTCDay();
  return (js === 0 ? 7 : js) as IsoWeekday;
}

/** True on Saturdays and Sundays. */
export const isWeekend = (date: IsoDate): boolean => isoWeekday(date) >= 6;

/** True when `date` is neither a weekend day nor in `holidays` (e.g. bank holidays). */
export const isWorkingDay = (
  date: IsoDate,
  holidays: ReadonlySet<IsoDate> | readonly IsoDate[] = [],
): boolean =>
  !isWeekend(date) &&
  !(holidays instanceof Set ? holidays.has(date) : (holidays as readonly IsoDate[]).includes(date));

/**
 * Moves `days` working days from `date` (negative to go back), skipping weekends and
 * `holidays`. With `days = 0`, returns `date` if it is a working day, else the previous one.
 */
export function addWorkingDays(
  date: IsoDate,
  days: number,
  holidays: readonly IsoDate[] = [],
): IsoDate {
  const set = new Set(holidays);
  const step = days < 0 ? -1 : 1;
  let current = date;
  if (days === 0) {
    while (!isWorkingDay(current, set)) current = addCalendarDays(current, -1);
    return current;
  }
  let remaining = Math.abs(days);
  while (remaining > 0) {
    current = addCalendarDays(current, step);
    if (isWorkingDay(current, set)) remaining -= 1;
  }
  return current;
}

/** The latest working day on or before `date`. */
export const workingDayOnOrBefore = (date: IsoDate, holidays: readonly IsoDate[] = []): IsoDate =>
  addWorkingDays(date, 0, holidays);
