import fc from 'fast-check';
import type { Recurrence, Schedule, ScheduleException } from '../directory/index.js';
import type { IsoDate } from '../shared/time-values.js';
import { localTimeArb, recordIdArb, textArb } from './shared.js';

/** A local date between 2025 and 2028 (covering several clock changes). */
export const scheduleDateArb: fc.Arbitrary<IsoDate> = fc
  .integer({ min: Date.UTC(2025, 0, 1) / 86_400_000, max: Date.UTC(2028, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

const weekdayArb = fc.integer({ min: 1, max: 7 });

/** A recurrence rule: daily, weekly on some weekdays, or monthly on weekday ordinals. */
export const recurrenceArb: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.integer({ min: 1, max: 3 }).map((interval): Recurrence => ({ freq: 'daily', interval })),
  fc
    .tuple(
      fc.integer({ min: 1, max: 3 }),
      fc.uniqueArray(weekdayArb, { minLength: 1, maxLength: 7 }),
    )
    .map(([interval, weekdays]): Recurrence => ({ freq: 'weekly', interval, weekdays })),
  fc
    .tuple(
      fc.integer({ min: 1, max: 2 }),
      fc.uniqueArray(
        fc.record({ weekday: weekdayArb, ordinal: fc.constantFrom(1, 2, 3, 4, 5, -1, -2) }),
        { minLength: 1, maxLength: 3, selector: (d) => `${d.ordinal}:${d.weekday}` },
      ),
    )
    .map(([interval, days]): Recurrence => ({ freq: 'monthly', interval, days })),
);

const distinctTimes = fc
  .tuple(localTimeArb, localTimeArb)
  .filter(([opensAt, closesAt]) => opensAt !== closesAt);

const orderedDates = fc
  .tuple(scheduleDateArb, fc.integer({ min: 0, max: 10 }))
  .map(([from, days]): [IsoDate, IsoDate] => {
    const to = new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10);
    return [from, to];
  });

/** A closure or a one-off extra session. */
export const scheduleExceptionArb: fc.Arbitrary<ScheduleException> = fc.oneof(
  fc.record({ dates: orderedDates, reason: textArb(40) }, { requiredKeys: ['dates'] }).map(
    ({ dates: [from, to], reason }): ScheduleException => ({
      kind: 'closed',
      from,
      to,
      ...(reason === undefined ? {} : { reason }),
    }),
  ),
  fc
    .record(
      { date: scheduleDateArb, times: distinctTimes, note: textArb(40) },
      {
        requiredKeys: ['date', 'times'],
      },
    )
    .map(
      ({ date, times: [opensAt, closesAt], note }): ScheduleException => ({
        kind: 'extra',
        date,
        opensAt,
        closesAt,
        ...(note === undefined ? {} : { note }),
      }),
    ),
);

/** A schedule: a recurrence, local opening times, validity and exceptions. */
export const scheduleArb: fc.Arbitrary<Schedule> = fc
  .record(
    {
      id: recordIdArb,
      timeZone: fc.constantFrom(
        'Europe/London',
        'Europe/London',
        'Europe/Paris',
        'America/New_York',
      ),
      recurrence: recurrenceArb,
      times: distinctTimes,
      validity: orderedDates.chain(([from]) =>
        fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }).map((span) => ({
          from,
          span,
        })),
      ),
      bankHolidays: fc.constantFrom('open' as const, 'closed' as const),
      exceptions: fc.array(scheduleExceptionArb, { maxLength: 3 }),
      description: textArb(60),
    },
    {
      requiredKeys: [
        'id',
        'timeZone',
        'recurrence',
        'times',
        'validity',
        'bankHolidays',
        'exceptions',
      ],
    },
  )
  .map((r): Schedule => {
    const schedule: Schedule = {
      id: r.id,
      timeZone: r.timeZone,
      recurrence: r.recurrence,
      opensAt: r.times[0],
      closesAt: r.times[1],
      validFrom: r.validity.from,
      bankHolidays: r.bankHolidays,
      exceptions: r.exceptions,
    };
    if (r.validity.span !== undefined) {
      schedule.validTo = new Date(Date.parse(r.validity.from) + r.validity.span * 86_400_000)
        .toISOString()
        .slice(0, 10);
    }
    if (r.description !== undefined) schedule.description = r.description;
    return schedule;
  });
