import {
  instantToMs,
  isoOfDay,
  localDateOf,
  localTimeOf,
  minutesOf,
  msToInstant,
  offsetMinutesAt,
  type RecordId,
  type Schedule,
  timeOfMinutes,
  wallClockToMs,
} from '@livewell/core';
import { scheduleArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextSessions } from './next-sessions.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** The local days 2026–2030 on which clocks in `timeZone` change (day length not 24 hours). */
function changeDays(timeZone: string): { timeZone: string; day: number; forward: boolean }[] {
  const out: { timeZone: string; day: number; forward: boolean }[] = [];
  const first = Date.UTC(2026, 0, 1) / DAY_MS;
  const last = Date.UTC(2030, 11, 31) / DAY_MS;
  for (let day = first; day <= last; day += 1) {
    const length =
      wallClockToMs((day + 1) * DAY_MS, timeZone) - wallClockToMs(day * DAY_MS, timeZone);
    if (length !== DAY_MS) out.push({ timeZone, day, forward: length < DAY_MS });
  }
  return out;
}

/** London and New York change on different dates (late March/October vs mid March/early November). */
const changes = [...changeDays('Europe/London'), ...changeDays('America/New_York')];
const offsetAt = (ms: number, tz: string) => offsetMinutesAt(msToInstant(ms), tz);
const at = (day: number, minutes: number, tz: string) =>
  wallClockToMs(day * DAY_MS + minutes * MINUTE_MS, tz);
/** True when the wall clock in `tz` shows `minutes` on local day `day` at some instant. */
const exists = (day: number, minutes: number, tz: string) => {
  const ms = at(day, minutes, tz);
  return (
    localDateOf(msToInstant(ms), tz) === isoOfDay(day) &&
    minutesOf(localTimeOf(msToInstant(ms), tz)) === minutes
  );
};

/** Mostly times from 00:00 to 05:00 (both zones' gaps and repeated hours), sometimes any. */
const minuteArb = fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 1439 }));

const timesArb = fc
  .record({ open: minuteArb, close: minuteArb })
  .filter(({ open, close }) => open !== close);

describe('sessions at clock changes, 2026–2030, London and New York (issue 12)', () => {
  it('has every change: two a year in each zone', () => {
    expect(changes).toHaveLength(20);
  });

  it('open and close by one conversion from core; a skipped time is the first instant after the gap, a repeated one its first occurrence; nothing merges', () => {
    // Every change of every year in both zones, each with its own random opening and closing times.
    for (const { timeZone: tz, day } of changes) {
      fc.assert(
        fc.property(timesArb, ({ open, close }) => {
          const schedule: Schedule = {
            id: 'sch-dst' as RecordId,
            timeZone: tz,
            recurrence: { freq: 'daily', interval: 1 },
            opensAt: timeOfMinutes(open),
            closesAt: timeOfMinutes(close),
            validFrom: isoOfDay(day - 2),
            validTo: isoOfDay(day + 2),
            bankHolidays: 'open',
            exceptions: [],
          };
          const r = nextSessions(schedule, msToInstant((day - 4) * DAY_MS), {
            until: msToInstant((day + 5) * DAY_MS),
          });
          if (!r.ok) throw new Error(r.error.message);
          const closeDay = (d: number) => (close > open ? d : d + 1);
          const expected = [-2, -1, 0, 1, 2]
            .map((k) => day + k)
            .map((d) => ({ d, start: at(d, open, tz), end: at(closeDay(d), close, tz) }))
            .filter((s) => s.end > s.start);
          expect(r.value.map((s) => [instantToMs(s.start), instantToMs(s.end)])).toEqual(
            expected.map((s) => [s.start, s.end]),
          );
          const wallLength = ((close - open + 1440) % 1440) * MINUTE_MS;
          for (const { d, start, end } of expected) {
            const duration = end - start;
            const fellBack = Math.max(0, offsetAt(start, tz) - offsetAt(end, tz)) * MINUTE_MS;
            expect(duration).toBeGreaterThan(0);
            expect(duration).toBeLessThanOrEqual(wallLength + fellBack);
            if (fellBack === 0) expect(duration).toBeLessThanOrEqual(24 * HOUR_MS);
            for (const [ms, localDay, minutes] of [
              [start, d, open],
              [end, closeDay(d), close],
            ] as const) {
              const shown = minutesOf(localTimeOf(msToInstant(ms), tz));
              if (exists(localDay, minutes, tz)) {
                expect(shown).toBe(minutes);
                // First occurrence: an hour earlier the clock did not show this time on this day.
                const hourEarlier = msToInstant(ms - HOUR_MS);
                expect(
                  localDateOf(hourEarlier, tz) === isoOfDay(localDay) &&
                    minutesOf(localTimeOf(hourEarlier, tz)) === minutes,
                ).toBe(false);
              } else {
                // In the gap: the first instant after it.
                expect(offsetAt(ms - MINUTE_MS, tz)).toBeLessThan(offsetAt(ms, tz));
                expect(shown).toBeGreaterThan(minutes);
              }
            }
          }
        }),
        { numRuns: 25 },
      );
    }
  });

  it('no session of a schedule without extra sessions is empty, or longer than its wall-clock length plus an hour given back', () => {
    const windowArb = fc.record({
      schedule: scheduleArb.map(({ validTo: _open, ...s }) => ({
        ...s,
        exceptions: s.exceptions.filter((e) => e.kind === 'closed'),
        validFrom: '2026-01-01',
      })),
      change: fc.constantFrom(...changes),
    });
    fc.assert(
      fc.property(windowArb, ({ schedule, change }) => {
        const s = { ...schedule, timeZone: change.timeZone };
        const r = nextSessions(s, msToInstant((change.day - 3) * DAY_MS), {
          until: msToInstant((change.day + 4) * DAY_MS),
        });
        if (!r.ok) throw new Error(r.error.message);
        const wallLength =
          ((minutesOf(s.closesAt) - minutesOf(s.opensAt) + 1440) % 1440) * MINUTE_MS;
        for (const session of r.value) {
          const start = instantToMs(session.start);
          const end = instantToMs(session.end);
          const fellBack = Math.max(0, offsetAt(start, s.timeZone) - offsetAt(end, s.timeZone));
          expect(end).toBeGreaterThan(start);
          expect(end - start).toBeLessThanOrEqual(wallLength + fellBack * MINUTE_MS);
        }
      }),
      { numRuns: 300 },
    );
  });
});
