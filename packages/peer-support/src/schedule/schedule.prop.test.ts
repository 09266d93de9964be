import { instantToMs, localTimeOf, msToInstant, type Schedule, zonedInstant } from '@livewell/core';
import { scheduleArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpenAt as isOpenAtResult, nextSessions as nextSessionsResult } from './next-sessions.js';
import type { Session } from './session.js';

/** The sessions, or the test fails with the error's message. */
function nextSessions(...args: Parameters<typeof nextSessionsResult>): Session[] {
  const r = nextSessionsResult(...args);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Whether open, or the test fails with the error's message. */
function isOpenAt(...args: Parameters<typeof isOpenAtResult>): boolean {
  const r = isOpenAtResult(...args);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const HOUR = 3_600_000;
/** Windows around the clock changes of 25 Oct 2026 and 28 Mar 2027 (and their US/EU twins). */
const anchors = ['2026-10-20T00:00:00Z', '2027-03-24T00:00:00Z', '2026-06-01T00:00:00Z'];

const caseArb = fc
  .record({
    schedule: scheduleArb,
    anchor: fc.constantFrom(...anchors),
    offsetHours: fc.integer({ min: 0, max: 24 * 8 }),
    spanHours: fc.integer({ min: 1, max: 24 * 12 }),
    moveValidity: fc.boolean(),
  })
  .map(({ schedule, anchor, offsetHours, spanHours, moveValidity }) => {
    const fromMs = instantToMs(anchor) + offsetHours * HOUR;
    const s: Schedule = moveValidity
      ? (({ validTo: _drop, ...rest }) => ({ ...rest, validFrom: '2026-01-05' }))(schedule)
      : schedule;
    return {
      schedule: s,
      from: msToInstant(fromMs),
      until: msToInstant(fromMs + spanHours * HOUR),
    };
  });

/** True when wall time `time` exists on `date` (it is not skipped by a spring-forward change). */
const exists = (date: string, time: string, tz: string) =>
  localTimeOf(zonedInstant(date, time, tz), tz) === time;

describe('schedule properties', () => {
  it('sessions are ordered, never overlap, and open at their local opening time', () => {
    fc.assert(
      fc.property(caseArb, ({ schedule, from, until }) => {
        const sessions = nextSessions(schedule, from, { until });
        const openings = new Set([
          schedule.opensAt,
          ...schedule.exceptions.flatMap((e) => (e.kind === 'extra' ? [e.opensAt] : [])),
        ]);
        sessions.forEach((s, i) => {
          expect(instantToMs(s.end)).toBeGreaterThan(instantToMs(s.start));
          const next = sessions[i + 1];
          if (next) expect(instantToMs(s.end)).toBeLessThanOrEqual(instantToMs(next.start));
          expect(openings.has(s.opensAt)).toBe(true);
          if (s.kind === 'regular') expect(s.opensAt).toBe(schedule.opensAt);
          if (exists(s.date, s.opensAt, schedule.timeZone)) {
            expect(localTimeOf(s.start, schedule.timeZone)).toBe(s.opensAt);
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it('isOpenAt agrees with nextSessions at sampled instants and at session edges', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        (c, fractions) => {
          const { schedule, from, until } = c;
          const sessions = nextSessions(schedule, from, { until });
          const fromMs = instantToMs(from);
          const untilMs = instantToMs(until);
          const probes = [
            ...fractions.map((f) => Math.floor(fromMs + f * (untilMs - fromMs - 1))),
            ...sessions.flatMap((s) => [
              instantToMs(s.start),
              instantToMs(s.end) - 1,
              instantToMs(s.end),
            ]),
          ].filter((ms) => ms >= fromMs && ms < untilMs);
          for (const ms of probes) {
            const inSession = sessions.some(
              (s) => instantToMs(s.start) <= ms && ms < instantToMs(s.end),
            );
            expect(isOpenAt(schedule, msToInstant(ms))).toBe(inSession);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('the first n sessions by count are the sessions listed by until', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 5 }), ({ schedule, from, until }, n) => {
        const byUntil = nextSessions(schedule, from, { until });
        const byCount = nextSessions(schedule, from, { count: n });
        expect(byCount.slice(0, Math.min(n, byUntil.length))).toEqual(byUntil.slice(0, n));
      }),
      { numRuns: 100 },
    );
  });
});
