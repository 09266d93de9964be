import { type IsoInstant, instantToMs } from '@livewell/core';

/** Adds calendar months to an instant in UTC, clamping to the end of shorter months. */
export function addMonthsMs(ms: number, months: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), lastDay);
  return Date.UTC(
    y,
    m,
    day,
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}

/** Whether `to` falls between `minMonths` and `maxMonths` calendar months after `from` (inclusive). */
export function withinMonths(
  from: IsoInstant,
  to: IsoInstant,
  minMonths: number,
  maxMonths: number,
): boolean {
  const a = instantToMs(from);
  const b = instantToMs(to);
  return b >= addMonthsMs(a, minMonths) && b <= addMonthsMs(a, maxMonths);
}

/** Whole calendar months from `from` to `to` (0 when `to` is less than a month later). */
export function wholeMonthsBetween(from: IsoInstant, to: IsoInstant): number {
  const a = instantToMs(from);
  const b = instantToMs(to);
  let months = 0;
  while (months < 1200 && addMonthsMs(a, months + 1) <= b) months += 1;
  return months;
}
