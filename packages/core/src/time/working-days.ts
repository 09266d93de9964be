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

/** Holidays that fall on a weekday strictly after `from` and at or before `to` (`from < to`). */
function weekdayHolidaysIn(from: number, to: number, holidays: ReadonlySet<IsoDate>): number {
  let count = 0;
  for (const holiday of holidays) {
    const day = epochDay(holiday);
    // Only a holiday spelt exactly as `isoOfDay` writes it ever matches a day (as in `workingDay`).
    if (day > from && day <= to && weekdayOfDay(day) < 6 && isoOfDay(day) === holiday) count++;
  }
  return count;
}

/** More working days than years 0000–9999 hold: no date `isoOfDay` can write is that far. */
const MAX_WORKING_DAYS = 3_000_000;

/** Whole weeks to jump at once when more than this many working days remain. */
const STEP_BY_DAY_BELOW = 10;

/**
 * Moves `days` working days from `date` (negative to go back), skipping weekends and
 * `holidays`. With `days = 0`, returns `date` if it is a working day, else the previous one.
 * Long moves jump whole weeks (five working days each, less the holidays in them), so the
 * time taken does not grow with `days`. An unreadable `date`, or a `days` that is not a finite
 * number or moves past years 0000–9999 (more than 3,000,000 working days), gives the unreadable
 * date `isoOfDay(NaN)`; it never loops.
 *
 * @example addWorkingDays('2027-12-24', 1, ['2027-12-27', '2027-12-28']) // '2027-12-29'
 */
export function addWorkingDays(
  date: IsoDate,
  days: number,
  holidays: ReadonlySet<IsoDate> | readonly IsoDate[] = [],
): IsoDate {
  let day = epochDay(date);
  if (!Number.isFinite(day) || !(Math.abs(days) <= MAX_WORKING_DAYS)) return isoOfDay(Number.NaN);
  const set = asSet(holidays);
  if (days === 0) {
    // At most five weekend days and holidays in a row per holiday: this ends.
    while (!workingDay(day, set)) day -= 1;
    return isoOfDay(day);
  }
  const step = days < 0 ? -1 : 1;
  let remaining = Math.abs(days);
  while (remaining > STEP_BY_DAY_BELOW) {
    const weeks = Math.floor((remaining - STEP_BY_DAY_BELOW) / 5) + 1;
    const next = day + step * 7 * weeks;
    const lost =
      step > 0 ? weekdayHolidaysIn(day, next, set) : weekdayHolidaysIn(next - 1, day - 1, set);
    remaining -= 5 * weeks - lost;
    day = next;
  }
  while (remaining > 0) {
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
