import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, epochDay, isoOfDay } from './civil-day.js';
import { addCalendarMonths, wholeCalendarMonthsBetween } from './months.js';

const dateArb = fc
  .integer({ min: epochDay('1950-01-01'), max: epochDay('2150-12-31') })
  .map(isoOfDay);
const monthsArb = fc.integer({ min: -600, max: 600 });

const ymd = (date: string) => [0, 5, 8].map((i, k) => Number(date.slice(i, k === 0 ? 4 : i + 2)));

describe('calendar months', () => {
  it('keeps the day of month, or clamps it to the end of a shorter month', () => {
    fc.assert(
      fc.property(dateArb, monthsArb, (date, months) => {
        const [y = 0, m = 0, d = 0] = ymd(date);
        const [y2 = 0, m2 = 0, d2 = 0] = ymd(addCalendarMonths(date, months));
        expect(y2 * 12 + m2 - (y * 12 + m)).toBe(months);
        expect(d2).toBe(Math.min(d, daysInMonth(y2, m2)));
      }),
      { numRuns: 1_000 },
    );
  });

  it('whole months: the most steps from `from` that do not pass `to`', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (from, to) => {
        const n = wholeCalendarMonthsBetween(from, to);
        const landed = addCalendarMonths(from, n);
        if (to >= from) {
          expect(n).toBeGreaterThanOrEqual(0);
          expect(landed <= to).toBe(true);
          expect(addCalendarMonths(from, n + 1) > to).toBe(true);
        } else {
          expect(n).toBeLessThanOrEqual(0);
          expect(landed >= to).toBe(true);
          expect(addCalendarMonths(from, n - 1) < to).toBe(true);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('clamps at month ends', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addCalendarMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(wholeCalendarMonthsBetween('2026-01-31', '2026-02-28')).toBe(1);
    expect(wholeCalendarMonthsBetween('2026-01-31', '2026-02-27')).toBe(0);
    expect(wholeCalendarMonthsBetween('2026-03-15', '2026-01-15')).toBe(-2);
  });
});
