import { TZDate } from '@date-fns/tz';
import { addMonths, differenceInCalendarMonths } from 'date-fns';
import type { IsoDate } from '../shared/time-values.js';
import { epochDay, isoOfDay } from './civil-day.js';

const DAY_MS = 86_400_000;

// Calendar months are computed by date-fns on dates pinned to UTC, so no zone can move a day.
const civil = (date: IsoDate): TZDate => new TZDate(epochDay(date) * DAY_MS, 'UTC');
const dateOf = (d: TZDate): IsoDate => isoOfDay(Math.round(d.getTime() / DAY_MS));

/**
 * Adds calendar months to a local date (negative to go back), clamping to the end of a shorter
 * month, as date-fns `addMonths` does.
 *
 * @example addCalendarMonths('2027-01-31', 1) // '2027-02-28'
 */
export const addCalendarMonths = (date: IsoDate, months: number): IsoDate =>
  dateOf(addMonths(civil(date), months));

/**
 * Whole calendar months from `from` to `to`: the most months `n` (negative when `to` is
 * earlier) such that {@link addCalendarMonths}`(from, n)` does not pass `to`.
 *
 * @example wholeCalendarMonthsBetween('2026-01-31', '2026-02-28') // 1
 */
export function wholeCalendarMonthsBetween(from: IsoDate, to: IsoDate): number {
  const start = civil(from);
  const end = civil(to);
  const months = differenceInCalendarMonths(end, start);
  const landed = addMonths(start, months).getTime();
  if (months > 0 && landed > end.getTime()) return months - 1;
  if (months < 0 && landed < end.getTime()) return months + 1;
  return months;
}
