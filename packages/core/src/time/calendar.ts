import type { IsoDate } from '../shared/time-values.js';
import { epochDay, isoOfDay, weekdayOfDay } from './civil-day.js';

/** ISO weekday numbers: Monday = 1 … Sunday = 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Adds whole calendar days to a local date (negative to go back). Zone-independent. */
export const addCalendarDays = (date: IsoDate, days: number): IsoDate =>
  isoOfDay(epochDay(date) + days);

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const calendarDaysBetween = (from: IsoDate, to: IsoDate): number =>
  epochDay(to) - epochDay(from);

/** The ISO weekday of a local date (Monday = 1 … Sunday = 7). */
export const isoWeekday = (date: IsoDate): IsoWeekday => weekdayOfDay(epochDay(date)) as IsoWeekday;

/** True on Saturdays and Sundays. */
export const isWeekend = (date: IsoDate): boolean => isoWeekday(date) >= 6;
