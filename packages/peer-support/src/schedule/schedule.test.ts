import type { RecordId, Schedule } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { englandAndWalesBankHolidays } from './bank-holidays.js';
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

const base = (over: Partial<Schedule>): Schedule => ({
  id: 'sch-1' as RecordId,
  timeZone: 'Europe/London',
  recurrence: { freq: 'daily', interval: 1 },
  opensAt: '18:00',
  closesAt: '23:00',
  validFrom: '2026-01-01',
  bankHolidays: 'open',
  exceptions: [],
  ...over,
});

const spans = (s: { start: string; end: string }[]) => s.map((x) => `${x.start}/${x.end}`);

describe('a café open 18:00–23:00 every day', () => {
  const cafe = base({});

  it('opens at 18:00 local on both sides of the October 2026 clock change', () => {
    const sessions = nextSessions(cafe, '2026-10-24T12:00:00Z', { count: 2 });
    expect(spans(sessions)).toEqual([
      '2026-10-24T17:00:00Z/2026-10-24T22:00:00Z',
      '2026-10-25T18:00:00Z/2026-10-25T23:00:00Z',
    ]);
    expect(sessions.map((s) => s.opensAt)).toEqual(['18:00', '18:00']);
  });

  it('opens at 18:00 local on both sides of the March 2027 clock change', () => {
    const sessions = nextSessions(cafe, '2027-03-27T12:00:00Z', { count: 2 });
    expect(spans(sessions)).toEqual([
      '2027-03-27T18:00:00Z/2027-03-27T23:00:00Z',
      '2027-03-28T17:00:00Z/2027-03-28T22:00:00Z',
    ]);
  });

  it('is open at 22:30 local and closed at 23:00 local', () => {
    expect(isOpenAt(cafe, '2026-12-01T22:30:00Z')).toBe(true);
    expect(isOpenAt(cafe, '2026-12-01T23:00:00Z')).toBe(false);
    expect(isOpenAt(cafe, '2026-07-01T21:30:00Z')).toBe(true);
    expect(isOpenAt(cafe, '2026-07-01T22:00:00Z')).toBe(false);
  });

  it('includes a session already under way', () => {
    const [first] = nextSessions(cafe, '2026-12-01T20:00:00Z', { count: 1 });
    expect(first?.start).toBe('2026-12-01T18:00:00Z');
  });

  it('lists sessions starting before `until`', () => {
    const sessions = nextSessions(cafe, '2026-12-01T00:00:00Z', { until: '2026-12-08T00:00:00Z' });
    expect(sessions).toHaveLength(7);
  });
});

describe('an overnight session 22:00–02:00', () => {
  const late = base({ opensAt: '22:00', closesAt: '02:00' });

  it('runs five hours across the October change (01:00–02:00 repeats)', () => {
    const [s] = nextSessions(late, '2026-10-24T12:00:00Z', { count: 1 });
    expect(s?.start).toBe('2026-10-24T21:00:00Z');
    expect(s?.end).toBe('2026-10-25T02:00:00Z');
  });

  it('runs three hours across the March change (01:00–02:00 is skipped)', () => {
    const [s] = nextSessions(late, '2027-03-27T12:00:00Z', { count: 1 });
    expect(s?.start).toBe('2027-03-27T22:00:00Z');
    expect(s?.end).toBe('2027-03-28T01:00:00Z');
  });

  it('is open after midnight', () => {
    expect(isOpenAt(late, '2026-12-02T01:30:00Z')).toBe(true);
    expect(isOpenAt(late, '2026-12-02T02:30:00Z')).toBe(false);
  });
});

describe('recurrences', () => {
  it('meets on the second Tuesday and last Friday of each month', () => {
    const s = base({
      recurrence: {
        freq: 'monthly',
        interval: 1,
        days: [
          { weekday: 2, ordinal: 2 },
          { weekday: 5, ordinal: -1 },
        ],
      },
      opensAt: '10:00',
      closesAt: '12:00',
    });
    const dates = nextSessions(s, '2026-11-01T00:00:00Z', { count: 4 }).map((x) => x.date);
    expect(dates).toEqual(['2026-11-10', '2026-11-27', '2026-12-08', '2026-12-25']);
  });

  it('meets fortnightly counted from the week of validFrom', () => {
    const s = base({
      recurrence: { freq: 'weekly', interval: 2, weekdays: [2] },
      validFrom: '2026-11-05',
      opensAt: '10:00',
      closesAt: '11:00',
    });
    const dates = nextSessions(s, '2026-11-01T00:00:00Z', { count: 3 }).map((x) => x.date);
    expect(dates).toEqual(['2026-11-17', '2026-12-01', '2026-12-15']);
  });

  it('stops after validTo', () => {
    const s = base({ validFrom: '2026-11-01', validTo: '2026-11-03' });
    expect(nextSessions(s, '2026-10-01T00:00:00Z', { count: 10 })).toHaveLength(3);
  });
});

describe('exceptions', () => {
  it('skips closures and bank holidays, and adds extra sessions', () => {
    const s = base({
      recurrence: { freq: 'weekly', interval: 1, weekdays: [1] },
      opensAt: '10:00',
      closesAt: '12:00',
      bankHolidays: 'closed',
      exceptions: [
        { kind: 'closed', from: '2026-12-21', to: '2026-12-21', reason: 'Christmas' },
        { kind: 'extra', date: '2026-12-23', opensAt: '14:00', closesAt: '16:00' },
      ],
    });
    const bankHolidays = englandAndWalesBankHolidays(2026);
    const dates = nextSessions(
      s,
      '2026-12-14T00:00:00Z',
      { until: '2027-01-05T00:00:00Z' },
      { bankHolidays },
    ).map((x) => `${x.date} ${x.kind}`);
    expect(dates).toEqual(['2026-12-14 regular', '2026-12-23 extra', '2027-01-04 regular']);
  });

  it('merges an extra session that overlaps a regular one', () => {
    const s = base({
      opensAt: '10:00',
      closesAt: '12:00',
      exceptions: [{ kind: 'extra', date: '2026-12-01', opensAt: '11:00', closesAt: '15:00' }],
    });
    const [first] = nextSessions(s, '2026-12-01T00:00:00Z', { count: 1 });
    expect(`${first?.start}/${first?.end}`).toBe('2026-12-01T10:00:00Z/2026-12-01T15:00:00Z');
  });
});

describe('England and Wales bank holidays', () => {
  it('substitutes weekend Christmas and Boxing Day', () => {
    expect(englandAndWalesBankHolidays(2027)).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
    ]);
    expect(englandAndWalesBankHolidays(2026)).toContain('2026-12-28');
    expect(englandAndWalesBankHolidays(2028)[0]).toBe('2028-01-03');
  });
});
