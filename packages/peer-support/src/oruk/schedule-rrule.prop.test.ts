import { epochDay, isoOfDay } from '@livewell/core';
import fc from 'fast-check';
import { Frequency, RRule, type Weekday } from 'rrule';
import { describe, expect, it } from 'vitest';
import { prepareSchedule, regularSessionOn } from '../schedule/occurs.js';
import { importSchedule, ukZoneForOffset } from './schedule-import.js';

const CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const RRULE_DAYS: Weekday[] = [
  RRule.MO,
  RRule.TU,
  RRule.WE,
  RRule.TH,
  RRule.FR,
  RRule.SA,
  RRule.SU,
];
const FREQ = { DAILY: Frequency.DAILY, WEEKLY: Frequency.WEEKLY, MONTHLY: Frequency.MONTHLY };
const HORIZON = 500;

const dateArb = fc
  .integer({ min: epochDay('2025-01-01'), max: epochDay('2027-12-31') })
  .map((d) => isoOfDay(d));

/** HSDS rule parts real feeds use, plus parts livewell cannot hold (must never widen). */
/** Absent about half the time. */
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });

const ruleArb = fc
  .record({
    freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY') as fc.Arbitrary<keyof typeof FREQ>,
    interval: maybe(fc.integer({ min: 1, max: 4 })),
    days: fc.uniqueArray(
      fc.record({
        weekday: fc.integer({ min: 0, max: 6 }),
        ordinal: fc.constantFrom(0, 0, 1, 2, 3, 4, 5, -1, -2),
      }),
      { maxLength: 3, selector: (d) => `${d.weekday}:${d.ordinal}` },
    ),
    dtstart: dateArb,
    validFromShift: maybe(fc.integer({ min: -10, max: 60 })),
    validTo: maybe(dateArb),
    until: maybe(dateArb),
    count: maybe(fc.integer({ min: 1, max: 40 })),
    unsupported: fc.oneof(
      { weight: 7, arbitrary: fc.constant(undefined) },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          { bymonthday: '1' },
          { bymonthday: '2,3' },
          { byweekno: '20,21' },
          { byyearday: '100' },
          { bysetpos: '-1' },
        ),
      },
    ),
  })
  .filter(
    (r) => !(r.days.length > 0 && r.days.every((d) => d.ordinal !== 0) && r.freq !== 'MONTHLY'),
  );

describe('HSDS schedules are never wider after import (RFC 5545, rrule as the reference)', () => {
  it('for random rules: our sessions are exactly the RFC occurrences within valid_from…valid_to', () => {
    let imported = 0;
    let refused = 0;
    fc.assert(
      fc.property(ruleArb, (r) => {
        const byday = r.days.map((d) => `${d.ordinal === 0 ? '' : d.ordinal}${CODES[d.weekday]}`);
        const validFrom =
          r.validFromShift === undefined
            ? undefined
            : isoOfDay(epochDay(r.dtstart) + r.validFromShift);
        const hsds = {
          id: 'sched-1',
          freq: r.freq,
          ...(r.interval === undefined ? {} : { interval: r.interval }),
          ...(byday.length > 0 ? { byday: byday.join(',') } : {}),
          dtstart: r.dtstart,
          ...(validFrom === undefined ? {} : { valid_from: validFrom }),
          ...(r.validTo === undefined ? {} : { valid_to: r.validTo }),
          ...(r.until === undefined ? {} : { until: r.until }),
          ...(r.count === undefined ? {} : { count: r.count }),
          ...r.unsupported,
          opens_at: '10:00',
          closes_at: '11:30',
        };
        const reading = importSchedule(hsds, ukZoneForOffset, 'schedules[0]');
        if (!reading.schedule) {
          refused += 1;
          expect(reading.notes[0]?.message).toMatch(/^schedule not imported/);
          return;
        }
        imported += 1;
        const start = epochDay(r.dtstart);
        const [y, m, d] = r.dtstart.split('-').map(Number) as [number, number, number];
        const rule = new RRule({
          freq: FREQ[r.freq],
          interval: r.interval ?? 1,
          wkst: RRule.MO,
          dtstart: new Date(Date.UTC(y, m - 1, d, 10, 0)),
          ...(r.days.length > 0
            ? {
                byweekday: r.days.map((x) =>
                  x.ordinal === 0
                    ? (RRULE_DAYS[x.weekday] as Weekday)
                    : (RRULE_DAYS[x.weekday] as Weekday).nth(x.ordinal),
                ),
              }
            : {}),
          ...(r.count === undefined ? {} : { count: r.count }),
          ...(r.until === undefined ? {} : { until: new Date(`${r.until}T23:59:59Z`) }),
        });
        const last = start + HORIZON;
        const reference = new Set(
          rule
            .between(new Date(Date.UTC(y, m - 1, d, 0, 0)), new Date((last + 1) * 86_400_000), true)
            .map((o) => epochDay(o.toISOString().slice(0, 10)))
            .filter(
              (day) =>
                (validFrom === undefined || day >= epochDay(validFrom)) &&
                (r.validTo === undefined || day <= epochDay(r.validTo)),
            ),
        );
        const p = prepareSchedule(reading.schedule);
        const ours = new Set<number>();
        for (let day = start - 20; day <= last; day += 1)
          if (regularSessionOn(p, day, new Set())) ours.add(day);
        const extra = [...ours].filter((day) => !reference.has(day)).map(isoOfDay);
        expect(extra).toEqual([]); // never wider
        const missing = [...reference].filter((day) => !ours.has(day)).map(isoOfDay);
        expect(missing).toEqual([]); // and, for what we read, not narrower
      }),
      { numRuns: 400 },
    );
    // Not vacuous: both outcomes occur often.
    expect(imported).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  });
});
