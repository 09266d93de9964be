import type { IsoDate } from '../shared/time-values.js';
import { epochDay, isoOfDay, weekdayOfDay } from './civil-day.js';

const asSet = (holidays: ReadonlySet<IsoDate> | readonly IsoDate[]): ReadonlySet<IsoDate> =>
  holidays instanceof Set ? holidays : new Set(holidays);

const workingDay = (day: number, holidays: ReadonlySet<IsoDate>): boolean =>
  weekdayOfDay(day) < 6 && !holidays.has(isoOfDay(day));

/** True when `date` is neither a weekend day nor in `holidays` (e.g. bank holidays). */
export const isWorkingDay = (
  date: IsoDate,
  holidays: ReadonlySet<IsoDate> | readonly IsoDate[] = [],
): boolean => workingDay(epochDay(date), asSet(holidays));

/**
 * Moves `days` working days from `date` (negative to go back), skipping weekends and
 * `holidays`. With `days = 0`, returns `date` if it is a working day, else the previous one.
 *
 * @example addWorkingDays('2027-12-24', 1, ['2027-12-27', '2027-12-28']) // '2027-12-29'
 */
export function addWorkingDays(
  date: IsoDate,
  days: number,
  holidays: ReadonlySet<IsoDate> | readonly IsoDate[] = [],
): IsoDate {
  const set = asSet(holidays);
  let day = epochDay(date);
  if (days === 0) {
    while (!workingDay(day, set)) day -= 1;
    return isoOfDay(day);
  }
  const step = days < 0 ? -1 : 1;
  for (let remaining = Math.abs(days); remaining > 0; ) {
    day += step;
    if (workingDay(day, set)) remaining -= 1;
  }
  return isoOfDay(day);
}

/** The latest working day on or before `date`. */
export const workingDayOnOrBefore = (
  date: IsoDate,
  holidays: ReadonlySet<IsoDate> | readonly IsoDate[] = [],
): IsoDate => addWorkingDays(date, 0, holidays);
