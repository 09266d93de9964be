import type { IsoDate } from '@livewell/core';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a local date (calendar arithmetic, no zone). */
export function epochDay(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The ISO weekday (Monday = 1 … Sunday = 7) of an epoch day. */
export const weekdayOfDay = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

/** Year, month (1–12) and day of month of an epoch day, without allocating a Date. */
export function ymdOfDay(day: number): [number, number, number] {
  // Proleptic Gregorian conversion (after H. Hinnant's days-to-civil).
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

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The `YYYY-MM-DD` date of an epoch day. */
export function isoOfDay(day: number): IsoDate {
  const [y, m, d] = ymdOfDay(day);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Number of days in a month (`month` 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Minutes after midnight for `HH:MM`. */
export const minutesOf = (time: string): number =>
  Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
