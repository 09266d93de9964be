import { addCalendarDays, daysInMonth, type IsoDate, isoWeekday } from '@livewell/core';

const iso = (year: number, month: number, day: number): IsoDate =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Easter Sunday (Gregorian), by the anonymous Gregorian computus. */
function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

const shift = addCalendarDays;
const weekdayOf = isoWeekday;

function firstMonday(year: number, month: number): IsoDate {
  const first = iso(year, month, 1);
  return shift(first, (8 - weekdayOf(first)) % 7);
}

function lastMonday(year: number, month: number): IsoDate {
  const last = iso(year, month, daysInMonth(year, month));
  return shift(last, -((weekdayOf(last) + 6) % 7));
}

/** Moves a holiday falling at a weekend to the next weekday not already taken. */
function substitute(date: IsoDate, taken: readonly IsoDate[]): IsoDate {
  let current = date;
  while (weekdayOf(current) >= 6 || taken.includes(current)) current = shift(current, 1);
  return current;
}

/**
 * The regular bank holidays of England and Wales in `year`, computed from the standing rules
 * (New Year, Good Friday, Easter Monday, early May, spring, summer, Christmas, Boxing Day, with
 * weekend substitutes). One-off holidays proclaimed for special occasions, and moved early-May
 * holidays, are not included: pass them yourself alongside these.
 *
 * @example englandAndWalesBankHolidays(2027) // [..., '2027-12-27', '2027-12-28']
 */
export function englandAndWalesBankHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const newYear = substitute(iso(year, 1, 1), []);
  const christmas = substitute(iso(year, 12, 25), []);
  const boxing = substitute(iso(year, 12, 26), [christmas]);
  return [
    newYear,
    shift(easter, -2),
    shift(easter, 1),
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    christmas,
    boxing,
  ];
}
