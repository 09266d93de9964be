/**
 * The engine's civil-date functions written plainly on date-fns: the baseline that
 * `civil-day.ts` is property-tested against (`civil-day.prop.test.ts`) and benchmarked beside
 * (`engine.bench.ts`). Not exported from the package; tests and benchmarks only.
 */
import { TZDate, tz } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, getDaysInMonth, getISODay } from 'date-fns';
import type { IsoDate } from '../shared/time-values.js';

const utc = tz('UTC');
const EPOCH = new TZDate(1970, 0, 1, 'UTC');

function civil(date: IsoDate): TZDate {
  const d = new TZDate(1970, 0, 1, 'UTC');
  d.setFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return d;
}

/** date-fns: days since 1970-01-01. */
export const epochDayByDateFns = (date: IsoDate): number =>
  differenceInCalendarDays(civil(date), EPOCH, { in: utc });

/** date-fns: the `YYYY-MM-DD` date of an epoch day. */
export const isoOfDayByDateFns = (day: number): IsoDate =>
  format(addDays(EPOCH, day, { in: utc }), 'yyyy-MM-dd');

/** date-fns: the ISO weekday of an epoch day. */
export const weekdayOfDayByDateFns = (day: number): number =>
  getISODay(addDays(EPOCH, day, { in: utc }));

/** date-fns: year, month (1–12), day of month of an epoch day. */
export function ymdOfDayByDateFns(day: number): [number, number, number] {
  const d = addDays(EPOCH, day, { in: utc });
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
}

/** date-fns: days in a month (`month` 1–12). */
export const daysInMonthByDateFns = (year: number, month: number): number =>
  getDaysInMonth(civil(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`));
