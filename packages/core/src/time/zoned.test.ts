import { describe, expect, it } from 'vitest';
import { isoWeekday } from './calendar.js';
import { addWorkingDays } from './working-days.js';
import {
  instantToMs,
  localDateOf,
  localTimeOf,
  msToInstant,
  offsetMinutesAt,
  zonedInstant,
} from './zoned.js';

describe('zoned time in Europe/London', () => {
  it('maps local 18:00 to 17:00Z in summer and 18:00Z in winter', () => {
    expect(zonedInstant('2026-07-01', '18:00')).toBe('2026-07-01T17:00:00Z');
    expect(zonedInstant('2026-12-01', '18:00')).toBe('2026-12-01T18:00:00Z');
  });

  it('resolves a time skipped on 28 March 2027 to the first instant after the gap', () => {
    // Behaviour changed on purpose (issue 12): 01:30 used to keep its distance (02:30 BST).
    expect(zonedInstant('2027-03-28', '01:30')).toBe('2027-03-28T01:00:00Z');
    expect(zonedInstant('2027-03-28', '01:00')).toBe('2027-03-28T01:00:00Z');
    expect(localTimeOf('2027-03-28T01:00:00Z')).toBe('02:00');
    expect(zonedInstant('2027-03-28', '02:30')).toBe('2027-03-28T01:30:00Z');
    expect(zonedInstant('2027-03-28', '00:59')).toBe('2027-03-28T00:59:00Z');
  });

  it("resolves New York's skipped 02:30 on 14 March 2027 to 03:00 EDT", () => {
    expect(zonedInstant('2027-03-14', '02:30', 'America/New_York')).toBe('2027-03-14T07:00:00Z');
  });

  it('resolves a time repeated on 25 October 2026 to its first (BST) occurrence', () => {
    expect(zonedInstant('2026-10-25', '01:30')).toBe('2026-10-25T00:30:00Z');
  });

  it('reads the local date and offset of an instant', () => {
    expect(localDateOf('2026-07-01T23:30:00Z')).toBe('2026-07-02');
    expect(offsetMinutesAt('2026-07-01T12:00:00Z')).toBe(60);
    expect(offsetMinutesAt('2026-12-01T12:00:00Z')).toBe(0);
  });
});

describe('working days', () => {
  it('skips weekends and bank holidays', () => {
    // Friday 24 Dec 2027 → +1 working day skips the weekend and both bank holidays.
    expect(isoWeekday('2027-12-24')).toBe(5);
    expect(addWorkingDays('2027-12-24', 1, ['2027-12-27', '2027-12-28'])).toBe('2027-12-29');
    expect(addWorkingDays('2027-12-29', -1, ['2027-12-27', '2027-12-28'])).toBe('2027-12-24');
    expect(addWorkingDays('2027-12-26', 0)).toBe('2027-12-24');
  });
});

describe('unreadable times (regression: fuzz found RangeError: Invalid time value)', () => {
  it('msToInstant gives an instant no parser accepts, read back as NaN', () => {
    for (const ms of [Number.NaN, Number.POSITIVE_INFINITY, -Number.MAX_VALUE, 8.64e15 + 1]) {
      expect(msToInstant(ms)).toBe('Invalid Date');
      expect(instantToMs(msToInstant(ms))).toBeNaN();
    }
    expect(msToInstant(8.64e15)).toBe('+275760-09-13T00:00:00Z');
  });

  it('zonedInstant of an unreadable date, time or zone does not throw', () => {
    expect(zonedInstant('', '', '')).toBe('Invalid Date');
    expect(zonedInstant('2026-07-01', '18:00', 'Mars/Phobos')).toBe('Invalid Date');
    expect(zonedInstant('2026-07-01', 'x')).toBe('Invalid Date');
  });
});

describe('instantToMs given what is not a string (regression: fuzz found a throwing proxy as `now` thrown from Date.parse)', () => {
  it('reads a hostile object, a number or null as NaN without touching it', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('hostile');
        },
      },
    );
    for (const v of [hostile, 1_700_000_000_000, null, {}]) {
      expect(instantToMs(v as never)).toBeNaN();
    }
  });
});
