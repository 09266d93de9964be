import { createZoneClock, type RecordId, type Schedule } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { exportSchedule } from './schedule-export.js';
import { importSchedule } from './schedule-import.js';

const daily = (opensAt: string, closesAt: string): Schedule => ({
  id: 'sch-cafe' as RecordId,
  timeZone: 'Europe/London',
  recurrence: { freq: 'daily', interval: 1 },
  opensAt,
  closesAt,
  validFrom: '2026-01-01',
  bankHolidays: 'open',
  exceptions: [],
});

const parts = (s: Schedule, from: string, until: string) =>
  exportSchedule(
    createZoneClock(),
    s,
    { service_id: 'x' },
    { from, until },
    undefined,
    's',
  ).schedules.map((h) => `${h.valid_from}..${h.valid_to} ${h.opens_at}–${h.closes_at}`);

describe('exporting schedules to HSDS across clock changes', () => {
  it('splits the 18:00–23:00 café at 25 October 2026', () => {
    expect(parts(daily('18:00', '23:00'), '2026-10-20', '2026-11-05')).toEqual([
      '2026-10-20..2026-10-24 18:00+01:00–23:00+01:00',
      '2026-10-25..2026-11-05 18:00Z–23:00Z',
    ]);
  });

  it('gives the 22:00–02:00 night of the change its own offsets', () => {
    expect(parts(daily('22:00', '02:00'), '2026-10-22', '2026-10-27')).toEqual([
      '2026-10-22..2026-10-23 22:00+01:00–02:00+01:00',
      '2026-10-24..2026-10-24 22:00+01:00–02:00Z',
      '2026-10-25..2026-10-27 22:00Z–02:00Z',
    ]);
    expect(parts(daily('22:00', '02:00'), '2027-03-25', '2027-03-30')).toEqual([
      '2027-03-25..2027-03-26 22:00Z–02:00Z',
      '2027-03-27..2027-03-27 22:00Z–02:00+01:00',
      '2027-03-28..2027-03-30 22:00+01:00–02:00+01:00',
    ]);
  });

  it('reads UK offsets back as Europe/London wall-clock times', () => {
    const r = importSchedule(
      {
        id: '0b4f6a52-1c1e-4c34-9a51-0d3c6f1f4a10',
        freq: 'WEEKLY',
        byday: 'TU',
        opens_at: '10:00Z',
        closes_at: '11:00Z',
        valid_from: '2026-01-06',
      },
      () => 'Europe/London',
      's',
    );
    expect(r.schedule?.timeZone).toBe('Europe/London');
    expect(r.schedule?.opensAt).toBe('10:00');
  });
});
