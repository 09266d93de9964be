import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDay, isoOfDay, timeOfMinutes } from './civil-day.js';
import { createZoneClock } from './zone-clock.js';
import {
  instantToMs,
  localDateOf,
  localTimeOf,
  msToInstant,
  offsetMinutesAt,
  wallClockToMs,
  zonedInstant,
} from './zoned.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Zones with summer time on different dates, half-hour and 45-minute offsets, midnight changes. */
const zones = [
  'Europe/London',
  'America/New_York',
  'Europe/Paris',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'America/Santiago',
  'America/St_Johns',
  'America/Havana',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Africa/Cairo',
  'UTC',
];
const zoneArb = fc.constantFrom(...zones);
const dayArb = fc.integer({ min: epochDay('1990-01-01'), max: epochDay('2060-12-31') });
const minuteArb = fc.integer({ min: 0, max: 1439 });

describe('zone clock: the fast path equals @date-fns/tz', () => {
  it('wallToMs equals zonedInstant, for a fresh clock and for one shared by every run', () => {
    const shared = createZoneClock();
    fc.assert(
      fc.property(dayArb, minuteArb, zoneArb, (day, minutes, tz) => {
        const expected = instantToMs(zonedInstant(isoOfDay(day), timeOfMinutes(minutes), tz));
        expect(shared.wallToMs(day, minutes, tz)).toBe(expected);
        expect(createZoneClock().wallToMs(day, minutes, tz)).toBe(expected);
      }),
      { numRuns: 1_500 },
    );
  });

  it('localDay and offsetMinutes equal localDateOf and offsetMinutesAt', () => {
    const shared = createZoneClock();
    const msArb = fc.integer({
      min: epochDay('1990-01-01') * 1440,
      max: epochDay('2060-12-31') * 1440,
    });
    fc.assert(
      fc.property(msArb, zoneArb, (minute, tz) => {
        const ms = minute * MINUTE_MS;
        const instant = msToInstant(ms);
        expect(shared.localDay(ms, tz)).toBe(epochDay(localDateOf(instant, tz)));
        expect(shared.offsetMinutes(ms, tz)).toBe(offsetMinutesAt(instant, tz));
      }),
      { numRuns: 1_500 },
    );
  });

  it('is exact every 3 minutes of every clock-change day 2026–2030 in every zone listed', () => {
    for (const tz of zones) {
      const clock = createZoneClock();
      for (let day = epochDay('2026-01-01'); day <= epochDay('2030-12-31'); day += 1) {
        const length = wallClockToMs((day + 1) * DAY_MS, tz) - wallClockToMs(day * DAY_MS, tz);
        if (length === DAY_MS) continue;
        for (let m = 0; m < 1440; m += 3) {
          expect(clock.wallToMs(day, m, tz)).toBe(wallClockToMs(day * DAY_MS + m * MINUTE_MS, tz));
        }
      }
    }
  });
});

/** The local days 2026–2030 on which clocks in `tz` change, with the direction. */
function changeDays(tz: string): { day: number; forward: boolean }[] {
  const out: { day: number; forward: boolean }[] = [];
  for (let day = epochDay('2026-01-01'); day <= epochDay('2030-12-31'); day += 1) {
    const length = wallClockToMs((day + 1) * DAY_MS, tz) - wallClockToMs(day * DAY_MS, tz);
    if (length !== DAY_MS) out.push({ day, forward: length < DAY_MS });
  }
  return out;
}

describe('the rule at clock changes, 2026–2030', () => {
  for (const tz of ['Europe/London', 'America/New_York']) {
    it(`${tz}: two changes a year; skipped times open after the gap, repeated ones the first time`, () => {
      const days = changeDays(tz);
      expect(days.map((d) => d.forward)).toEqual(Array.from({ length: 10 }, (_, i) => i % 2 === 0));
      for (const { day, forward } of days) {
        const date = isoOfDay(day);
        for (let m = 0; m < 1440; m += 1) {
          const time = timeOfMinutes(m);
          const at = zonedInstant(date, time, tz);
          const shown = localTimeOf(at, tz);
          const exists = shown === time && localDateOf(at, tz) === date;
          if (forward && !exists) {
            // In the gap: the first instant after it, and the minute before it is still before.
            expect(instantToMs(at) % (15 * MINUTE_MS)).toBe(0);
            expect(offsetMinutesAt(msToInstant(instantToMs(at) - MINUTE_MS), tz)).toBeLessThan(
              offsetMinutesAt(at, tz),
            );
          } else expect(exists).toBe(true);
          if (!forward) {
            // A repeated time: no earlier instant shows it, so this is its first occurrence.
            const hourEarlier = msToInstant(instantToMs(at) - 60 * MINUTE_MS);
            expect(
              localTimeOf(hourEarlier, tz) === time && localDateOf(hourEarlier, tz) === date,
            ).toBe(false);
          }
        }
      }
    });
  }

  it("is exact around St John's changes at 00:01 local (1990–2011), whatever was asked first", () => {
    // Not on a quarter hour: a clock that remembered the 15-minute span from the minute before
    // the change answered one minute early for the first minute after it (found by this file's
    // first property).
    const tz = 'America/St_Johns';
    const changeDays: number[] = [];
    for (let day = epochDay('1990-01-01'); day <= epochDay('2011-12-31'); day += 1) {
      if (
        offsetMinutesAt(msToInstant(day * DAY_MS), tz) !==
        offsetMinutesAt(msToInstant((day + 1) * DAY_MS), tz)
      ) {
        changeDays.push(day);
      }
    }
    expect(changeDays.length).toBeGreaterThanOrEqual(44);
    for (const day of changeDays) {
      const minutes = Array.from({ length: 181 }, (_, i) => i - 60);
      for (const order of [minutes, [...minutes].reverse()]) {
        const clock = createZoneClock();
        for (const m of order) {
          // The instant near this wall time (St John's is UTC−3:30 in winter), asked first.
          const ms = day * DAY_MS + m * MINUTE_MS + 210 * MINUTE_MS;
          expect(clock.offsetMinutes(ms, tz)).toBe(offsetMinutesAt(msToInstant(ms), tz));
          if (m < 0) continue;
          expect(clock.wallToMs(day, m, tz)).toBe(wallClockToMs(day * DAY_MS + m * MINUTE_MS, tz));
        }
      }
    }
  });

  it('maps the cases of issue 12 (London, 28 March 2027)', () => {
    expect(zonedInstant('2027-03-28', '01:30')).toBe('2027-03-28T01:00:00Z');
    expect(zonedInstant('2027-03-28', '02:30')).toBe('2027-03-28T01:30:00Z');
    expect(zonedInstant('2026-10-25', '01:30')).toBe('2026-10-25T00:30:00Z');
    expect(zonedInstant('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00Z');
  });
});
