import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, epochDay, isoOfDay, weekdayOfDay, ymdOfDay } from './civil-day.js';
import {
  daysInMonthByDateFns,
  epochDayByDateFns,
  isoOfDayByDateFns,
  weekdayOfDayByDateFns,
  ymdOfDayByDateFns,
} from './reference.js';

/** Epoch days from 0001-01-01 to 9999-12-31. */
const dayArb = fc.integer({ min: -719_162, max: 2_932_896 });
/** Mostly near today, where the engine is used, and sometimes anywhere in years 1–9999. */
const anyDayArb = fc.oneof(fc.integer({ min: 18_000, max: 25_000 }), dayArb);

describe('civil days: the fast path equals date-fns', () => {
  it('epochDay and isoOfDay', () => {
    fc.assert(
      fc.property(anyDayArb, (day) => {
        const iso = isoOfDayByDateFns(day);
        expect(isoOfDay(day)).toBe(iso);
        expect(epochDay(iso)).toBe(day);
        expect(epochDayByDateFns(iso)).toBe(day);
      }),
      { numRuns: 2_000 },
    );
  });

  it('weekday and year-month-day', () => {
    fc.assert(
      fc.property(anyDayArb, (day) => {
        expect(weekdayOfDay(day)).toBe(weekdayOfDayByDateFns(day));
        expect(ymdOfDay(day)).toEqual(ymdOfDayByDateFns(day));
      }),
      { numRuns: 2_000 },
    );
  });

  it('days in a month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        expect(daysInMonth(y, m)).toBe(daysInMonthByDateFns(y, m));
      }),
      { numRuns: 1_000 },
    );
  });

  it('knows the fixed points', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    expect(isoOfDay(-1)).toBe('1969-12-31');
    expect(weekdayOfDay(0)).toBe(4); // a Thursday
    expect(isoOfDay(epochDay('2028-02-29') + 1)).toBe('2028-03-01');
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});
