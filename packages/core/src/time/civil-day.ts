import type { IsoDate, LocalTime } from '../shared/time-values.js';

/**
 * Civil-date arithmetic on epoch days (days since 1970-01-01 on the wall calendar), with no
 * zone and no `Date` allocation. This is the engine's fast path: the schedule expander and the
 * search index call it for every day they look at. It is property-tested equal to date-fns
 * (`reference.ts`) and benchmarked against it (`engine.bench.ts`).
 */

/** Days since 1970-01-01 for a local date (negative before). Expects a valid `YYYY-MM-DD`. */
export function epochDay(date: IsoDate): number {
  const m = Number(date.slice(5, 7));
  const y = Number(date.slice(0, 4)) - (m <= 2 ? 1 : 0);
  const d = Number(date.slice(8, 10));
  // Proleptic Gregorian civil-to-days over 400-year eras (the algorithm H. Hinnant describes).
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** The ISO weekday (Monday = 1 … Sunday = 7) of an epoch day. */
export const weekdayOfDay = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

/** Year, month (1–12) and day of month of an epoch day, without allocating a `Date`. */
export function ymdOfDay(day: number): [year: number, month: number, dayOfMonth: number] {
  // Proleptic Gregorian days-to-civil over 400-year eras (the algorithm H. Hinnant describes).
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The `YYYY-MM-DD` date of an epoch day (years 0000–9999). */
export function isoOfDay(day: number): IsoDate {
  const [y, m, d] = ymdOfDay(day);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** Number of days in a month (`month` 1–12) of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Minutes after midnight for a wall-clock time `HH:MM`. */
export const minutesOf = (time: LocalTime): number =>
  Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The wall-clock time `HH:MM` of `minutes` after midnight (taken modulo one day). */
export function timeOfMinutes(minutes: number): LocalTime {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
}
