/**
 * The schedule functions on their own: a daily café, a fortnightly group and a monthly
 * "second Tuesday, last Friday" meeting in Europe/London and America/New_York, asked for their
 * next sessions over a clock change, for a year of sessions, and whether they are open at an
 * instant. Each call starts cold (no clock or prepared schedule is shared between calls), as a
 * caller of `nextSessions` sees it.
 */
import type { RecordId, Schedule } from '@livewell/core';
import { bench, describe } from 'vitest';
import { isOpenAt, nextSessions } from '../src/schedule/next-sessions.js';

const schedule = (over: Partial<Schedule>): Schedule => ({
  id: 'bench' as RecordId,
  timeZone: 'Europe/London',
  recurrence: { freq: 'daily', interval: 1 },
  opensAt: '18:00',
  closesAt: '23:00',
  validFrom: '2026-01-05',
  bankHolidays: 'open',
  exceptions: [],
  ...over,
});

const cafe = schedule({});
const overnight = schedule({ opensAt: '22:00', closesAt: '02:00', timeZone: 'America/New_York' });
const fortnightly = schedule({
  recurrence: { freq: 'weekly', interval: 2, weekdays: [2, 4] },
  opensAt: '10:00',
  closesAt: '12:00',
  exceptions: [{ kind: 'closed', from: '2026-12-21', to: '2027-01-03' }],
});
const monthly = schedule({
  recurrence: {
    freq: 'monthly',
    interval: 1,
    days: [
      { weekday: 2, ordinal: 2 },
      { weekday: 5, ordinal: -1 },
    ],
  },
  opensAt: '14:00',
  closesAt: '16:00',
});

describe('nextSessions, next 10 across the October clock change', () => {
  bench('daily café (London)', () => {
    nextSessions(cafe, '2026-10-20T12:00:00Z', { count: 10 });
  });
  bench('overnight 22:00–02:00 (New York)', () => {
    nextSessions(overnight, '2026-10-28T12:00:00Z', { count: 10 });
  });
  bench('monthly second Tuesday and last Friday', () => {
    nextSessions(monthly, '2026-10-20T12:00:00Z', { count: 10 });
  });
});

describe('nextSessions, a year of sessions', () => {
  bench('daily café (365)', () => {
    nextSessions(cafe, '2026-06-01T00:00:00Z', { until: '2027-06-01T00:00:00Z' });
  });
  bench('fortnightly Tue/Thu with a closure (~52)', () => {
    nextSessions(fortnightly, '2026-06-01T00:00:00Z', { until: '2027-06-01T00:00:00Z' });
  });
});

describe('isOpenAt', () => {
  bench('daily café, inside a session', () => {
    isOpenAt(cafe, '2026-12-01T20:00:00Z');
  });
  bench('overnight (New York), after midnight', () => {
    isOpenAt(overnight, '2026-12-02T06:30:00Z');
  });
});
