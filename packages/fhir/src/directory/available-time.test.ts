import type { Schedule } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { describeSchedule, isRepresentable, scheduleAvailability } from './available-time.js';

const weekly: Schedule = {
  id: 's1' as never,
  timeZone: 'Europe/London',
  recurrence: { freq: 'weekly', interval: 1, weekdays: [4, 2] },
  opensAt: '10:00',
  closesAt: '12:00',
  validFrom: '2026-01-06',
  bankHolidays: 'open',
  exceptions: [{ kind: 'closed', from: '2026-12-24', to: '2027-01-02', reason: 'Christmas' }],
};

describe('schedules → availableTime', () => {
  it('writes a weekly group as availableTime with closures as notAvailable', () => {
    expect(scheduleAvailability([weekly])).toEqual({
      availableTime: [
        {
          daysOfWeek: ['tue', 'thu'],
          availableStartTime: '10:00:00',
          availableEndTime: '12:00:00',
        },
      ],
      notAvailable: [
        { description: 'Christmas', during: { start: '2026-12-24', end: '2027-01-02' } },
      ],
      exceptions: [],
    });
  });

  it('describes what availableTime cannot say: fortnightly, monthly, past midnight, end dates', () => {
    const fortnightly = {
      ...weekly,
      recurrence: { freq: 'weekly', interval: 2, weekdays: [2] },
    } as Schedule;
    const monthly = {
      ...weekly,
      recurrence: { freq: 'monthly', interval: 1, days: [{ weekday: 2, ordinal: 2 }] },
    } as Schedule;
    const lateNight = { ...weekly, opensAt: '22:00', closesAt: '02:00' } as Schedule;
    const ending = { ...weekly, validTo: '2026-06-30' } as Schedule;
    for (const s of [fortnightly, monthly, lateNight, ending])
      expect(isRepresentable(s)).toBe(false);
    expect(describeSchedule(monthly)).toBe(
      'every month on the second TUE 10:00–12:00 (Europe/London) from 2026-01-06',
    );
    expect(scheduleAvailability([fortnightly]).exceptions).toEqual([
      'every 2 weeks on TUE 10:00–12:00 (Europe/London) from 2026-01-06',
    ]);
  });

  it('keeps bank-holiday closing: said in the exceptions beside availableTime (issue 13)', () => {
    const closed: Schedule = { ...weekly, bankHolidays: 'closed' };
    const out = scheduleAvailability([closed]);
    expect(out.availableTime).toHaveLength(1);
    expect(out.notAvailable).toHaveLength(1);
    expect(describeSchedule(closed)).toMatch(/, except on bank holidays$/);
    expect(out.exceptions).toEqual([
      'the sessions every week on THU, TUE 10:00–12:00 (Europe/London) from 2026-01-06 are not held on bank holidays',
    ]);
  });
});
