import type { Schedule } from '@livewell/core';
import type {
  HealthcareServiceAvailableTime,
  HealthcareServiceNotAvailable,
} from '@medplum/fhirtypes';

type Day = NonNullable<HealthcareServiceAvailableTime['daysOfWeek']>[number];
const DAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const ORDINALS: Readonly<Record<number, string>> = {
  1: 'first',
  2: 'second',
  3: 'third',
  4: 'fourth',
  5: 'fifth',
  [-1]: 'last',
  [-2]: 'second-to-last',
  [-3]: 'third-to-last',
  [-4]: 'fourth-to-last',
  [-5]: 'fifth-to-last',
};

/** What a schedule becomes in `HealthcareService` availability. */
export interface ScheduleAvailability {
  readonly availableTime: readonly HealthcareServiceAvailableTime[];
  readonly notAvailable: readonly HealthcareServiceNotAvailable[];
  /** Plain-text description of every session pattern availableTime cannot express. */
  readonly exceptions: readonly string[];
}

const dayName = (weekday: number): string => (DAYS[weekday - 1] ?? '').toUpperCase();

/**
 * True when `availableTime` can express the schedule: it repeats every day or every week
 * (interval 1), the session closes on the day it opens, and it has no one-off extra sessions.
 * FHIR availableTime has no interval, no monthly rule, no end date and no time zone (times are
 * read as local to the service).
 */
export function isRepresentable(s: Schedule): boolean {
  const simple = s.recurrence.freq === 'daily' || s.recurrence.freq === 'weekly';
  return (
    simple &&
    s.recurrence.interval === 1 &&
    s.closesAt > s.opensAt &&
    s.validTo === undefined &&
    s.exceptions.every((e) => e.kind === 'closed')
  );
}

/** A one-line description of a schedule, e.g. "every 2 weeks on TUE 10:00–12:00 (Europe/London)". */
export function describeSchedule(s: Schedule): string {
  const r = s.recurrence;
  const every = r.interval === 1 ? '' : ` ${r.interval}`;
  const when =
    r.freq === 'daily'
      ? `every${every} day${r.interval === 1 ? '' : 's'}`
      : r.freq === 'weekly'
        ? `every${every} week${r.interval === 1 ? '' : 's'} on ${r.weekdays.map(dayName).join(', ')}`
        : `every${every} month${r.interval === 1 ? '' : 's'} on the ${r.days
            .map((d) => `${ORDINALS[d.ordinal] ?? d.ordinal} ${dayName(d.weekday)}`)
            .join(', ')}`;
  const until = s.validTo ? ` until ${s.validTo}` : '';
  const bankHolidays = s.bankHolidays === 'closed' ? ', except on bank holidays' : '';
  return `${when} ${s.opensAt}–${s.closesAt} (${s.timeZone}) from ${s.validFrom}${until}${bankHolidays}`;
}

/** Schedules as FHIR availability: representable ones as availableTime, the rest described. */
export function scheduleAvailability(schedules: readonly Schedule[]): ScheduleAvailability {
  const availableTime: HealthcareServiceAvailableTime[] = [];
  const notAvailable: HealthcareServiceNotAvailable[] = [];
  const exceptions: string[] = [];
  for (const s of schedules) {
    if (!isRepresentable(s)) {
      exceptions.push(describeSchedule(s));
      continue;
    }
    const days = s.recurrence.freq === 'weekly' ? s.recurrence.weekdays : [1, 2, 3, 4, 5, 6, 7];
    // availableTime cannot say "except bank holidays" (and the dates depend on a calendar).
    if (s.bankHolidays === 'closed') {
      const open: Schedule = { ...s, bankHolidays: 'open' };
      exceptions.push(`the sessions ${describeSchedule(open)} are not held on bank holidays`);
    }
    availableTime.push({
      daysOfWeek: [...days].sort().map((d) => DAYS[d - 1] as Day),
      availableStartTime: `${s.opensAt}:00`,
      availableEndTime: `${s.closesAt}:00`,
    });
    for (const e of s.exceptions) {
      if (e.kind !== 'closed') continue;
      notAvailable.push({
        description: e.reason ?? 'Closed',
        during: { start: e.from, end: e.to },
      });
    }
  }
  return { availableTime, notAvailable, exceptions };
}
