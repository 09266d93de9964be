import type { RecordId, Schedule } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { nextSessions } from './next-sessions.js';

const daily = (opensAt: string, closesAt: string, timeZone = 'Europe/London'): Schedule => ({
  id: 'sch-dst' as RecordId,
  timeZone,
  recurrence: { freq: 'daily', interval: 1 },
  opensAt,
  closesAt,
  validFrom: '2026-01-01',
  bankHolidays: 'open',
  exceptions: [],
});

function spans(schedule: Schedule, from: string, until: string): string[] {
  const r = nextSessions(schedule, from, { until });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.map((s) => `${s.date} ${s.start}/${s.end}`);
}

describe('spring forward, London 28 March 2027 (issue 12)', () => {
  it('a 01:30–02:30 session opens after the gap and closes at 02:30 BST', () => {
    expect(spans(daily('01:30', '02:30'), '2027-03-28T00:00:00Z', '2027-03-28T12:00:00Z')).toEqual([
      '2027-03-28 2027-03-28T01:00:00Z/2027-03-28T01:30:00Z',
    ]);
  });

  it('a 02:00–01:30 schedule keeps one session a night, none longer than the night', () => {
    expect(spans(daily('02:00', '01:30'), '2027-03-27T00:00:00Z', '2027-03-29T03:00:00Z')).toEqual([
      '2027-03-26 2027-03-26T02:00:00Z/2027-03-27T01:30:00Z',
      '2027-03-27 2027-03-27T02:00:00Z/2027-03-28T01:00:00Z',
      '2027-03-28 2027-03-28T01:00:00Z/2027-03-29T00:30:00Z',
      '2027-03-29 2027-03-29T01:00:00Z/2027-03-30T00:30:00Z',
    ]);
  });

  it('a session wholly inside the skipped hour does not take place that night', () => {
    expect(spans(daily('01:10', '01:50'), '2027-03-27T00:00:00Z', '2027-03-30T00:00:00Z')).toEqual([
      '2027-03-27 2027-03-27T01:10:00Z/2027-03-27T01:50:00Z',
      '2027-03-29 2027-03-29T00:10:00Z/2027-03-29T00:50:00Z',
    ]);
  });

  it('New York: 02:30–03:30 on 14 March 2027 runs 03:00–03:30 EDT', () => {
    const ny = daily('02:30', '03:30', 'America/New_York');
    expect(spans(ny, '2027-03-14T00:00:00Z', '2027-03-14T12:00:00Z')).toEqual([
      '2027-03-14 2027-03-14T07:00:00Z/2027-03-14T07:30:00Z',
    ]);
  });
});

describe('fall back, London 25 October 2026: the repeated hour means its first occurrence', () => {
  it('01:30–02:30 opens at the first 01:30 (BST) and closes at 02:30 GMT', () => {
    expect(spans(daily('01:30', '02:30'), '2026-10-25T00:00:00Z', '2026-10-25T12:00:00Z')).toEqual([
      '2026-10-25 2026-10-25T00:30:00Z/2026-10-25T02:30:00Z',
    ]);
  });

  it('00:30–01:30 closes at the first 01:30', () => {
    expect(spans(daily('00:30', '01:30'), '2026-10-24T23:00:00Z', '2026-10-25T12:00:00Z')).toEqual([
      '2026-10-25 2026-10-24T23:30:00Z/2026-10-25T00:30:00Z',
    ]);
  });
});
