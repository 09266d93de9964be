import { epochDay, instantToMs, isoOfDay, type Schedule, zonedInstant } from '@livewell/core';
import { scheduleArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englandAndWalesBankHolidays } from '../schedule/bank-holidays.js';
import { nextSessions } from '../schedule/next-sessions.js';
import { importSchedule, ukZoneForOffset } from './schedule-import.js';
import { exportScheduleRule } from './schedule-rule-export.js';

const holidays = [2025, 2026, 2027, 2028].flatMap(englandAndWalesBankHolidays);
const holidayDays = new Set(holidays.map(epochDay));

/**
 * Where the sessions are, as merged intervals clipped to [lo, hi): unions do not depend on
 * whether overlapping sessions were merged into one, so only the instants covered are compared.
 */
function coverage(
  schedules: readonly Schedule[],
  fromMs: number,
  untilMs: number,
  lo: number,
  hi: number,
) {
  const spans = schedules
    .flatMap((s) => {
      const r = nextSessions(
        s,
        new Date(fromMs).toISOString(),
        { until: new Date(untilMs).toISOString() },
        { bankHolidays: holidays },
      );
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    })
    .map((s) => [Math.max(lo, instantToMs(s.start)), Math.min(hi, instantToMs(s.end))] as const)
    .filter(([a, b]) => a < b)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged.map(([a, b]) => `${new Date(a).toISOString()}/${new Date(b).toISOString()}`);
}

const londonSchedule = scheduleArb
  .map((s): Schedule => ({ ...s, timeZone: 'Europe/London' }))
  .filter((s) => !(s.recurrence.freq === 'daily' && s.recurrence.interval > 1));

describe.each([['read as Europe/London', ukZoneForOffset]])(
  'HSDS schedule export → import, %s',
  (_name, zoneForOffset) => {
    it('keeps every London session at the same instants across clock changes (window of ~5 months)', () => {
      fc.assert(
        fc.property(
          londonSchedule,
          fc.integer({ min: 0, max: 1200 }),
          fc.integer({ min: 1, max: 150 }),
          (schedule, startOffset, days) => {
            const from = isoOfDay(epochDay('2025-01-01') + startOffset);
            const until = isoOfDay(epochDay(from) + days);
            // An extra session just outside the window can merge with one inside it (sessions
            // that overlap are one session): such cases say nothing about export, so skip them.
            const near = (d: string) =>
              epochDay(d) >= epochDay(from) - 4 && epochDay(d) <= epochDay(until) + 2;
            const outside = (d: string) => d < from || d > until;
            if (
              schedule.exceptions.some((e) => e.kind === 'extra' && outside(e.date) && near(e.date))
            ) {
              return;
            }
            const { schedules } = exportScheduleRule(
              schedule,
              { service_id: 'x' },
              holidayDays,
              's',
            );
            const imported = schedules.flatMap((h) => {
              const r = importSchedule(h, zoneForOffset, 's');
              if (!r.schedule) throw new Error(JSON.stringify(r.notes));
              return [r.schedule];
            });
            const fromMs = instantToMs(zonedInstant(from, '00:00'));
            const untilMs = instantToMs(zonedInstant(isoOfDay(epochDay(until) + 1), '00:00'));
            if (imported.length < schedules.length) return;
            // Compare away from the window's edges, where sessions just outside it may overlap.
            const lo = fromMs + 2 * 86_400_000;
            const hi = untilMs - 2 * 86_400_000;
            expect(coverage(imported, fromMs, untilMs, lo, hi)).toEqual(
              coverage([schedule], fromMs - 4 * 86_400_000, untilMs, lo, hi),
            );
          },
        ),
        { numRuns: 150 },
      );
    });
  },
);
