import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDay, isoOfDay, weekdayOfDay } from './civil-day.js';
import { addWorkingDays, workingDayOnOrBefore } from './working-days.js';

/** The definition: step one calendar day at a time, counting working days. */
function addWorkingDaysOneByOne(date: string, days: number, holidays: readonly string[]): string {
  const set = new Set(holidays);
  const working = (d: number) => weekdayOfDay(d) < 6 && !set.has(isoOfDay(d));
  let day = epochDay(date);
  if (days === 0) {
    while (!working(day)) day -= 1;
    return isoOfDay(day);
  }
  const step = days < 0 ? -1 : 1;
  for (let remaining = Math.abs(days); remaining > 0; ) {
    day += step;
    if (working(day)) remaining -= 1;
  }
  return isoOfDay(day);
}

const dateArb = fc.integer({ min: 18_000, max: 25_000 }).map(isoOfDay);
/** Holidays near the dates, some written as no `isoOfDay` writes them (never matching). */
const holidaysArb = fc.array(
  fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 17_900, max: 25_100 }).map(isoOfDay) },
    { weight: 1, arbitrary: fc.constantFrom('2026-1-05', '', 'x', '2026-02-30') },
  ),
  { maxLength: 200 },
);

describe('addWorkingDays', () => {
  it('equals stepping one day at a time (weeks are jumped, holidays counted)', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.oneof(fc.integer({ min: -40, max: 40 }), fc.integer({ min: -2_000, max: 2_000 })),
        holidaysArb,
        (date, days, holidays) => {
          expect(addWorkingDays(date, days, holidays)).toBe(
            addWorkingDaysOneByOne(date, days, holidays),
          );
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('answers at once for any number of days, and never loops on unreadable input', () => {
    // Regression (fuzz): `Infinity` days and an unreadable date with 0 days looped for ever;
    // a billion days took minutes.
    expect(addWorkingDays('2026-01-05', 2_000_000)).toMatch(/^\d{4,5}-\d\d-\d\d$/);
    // 2^53 days looped for ever: past 2^53 adding a day changes nothing (fuzz, pnpm fuzz).
    expect(addWorkingDays('2026-01-05', 2 ** 53)).toBe(isoOfDay(Number.NaN));
    expect(addWorkingDays('2026-01-05', -1e9)).toBe(isoOfDay(Number.NaN));
    expect(addWorkingDays('2026-01-05', Number.POSITIVE_INFINITY)).toBe(isoOfDay(Number.NaN));
    expect(addWorkingDays('2026-01-05', Number.NaN)).toBe(isoOfDay(Number.NaN));
    expect(addWorkingDays('not a date', 3)).toBe(isoOfDay(Number.NaN));
    expect(workingDayOnOrBefore('not a date')).toBe(isoOfDay(Number.NaN));
  });
});
