import {
  epochDay,
  type IsoDate,
  isoOfDay,
  type Schedule,
  weekdayOfDay,
  type ZoneClock,
} from '@livewell/core';
import { matchesRule, prepareSchedule, regularSessionOn } from '../schedule/occurs.js';
import { sessionSpan } from '../schedule/session-span.js';
import type { HsdsSchedule } from './hsds-types.js';
import type { OrukNote } from './loss.js';
import { stableUuid } from './uuid.js';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const MINUTE_MS = 60_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** `HH:MM` plus `Z` or `±HH:MM`, the form HSDS asks for. */
function timeWithOffset(clock: ZoneClock, ms: number, tz: string): string {
  const offset = clock.offsetMinutes(ms, tz);
  const wall = ((Math.floor((ms + offset * MINUTE_MS) / MINUTE_MS) % 1440) + 1440) % 1440;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const suffix = offset === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${pad(Math.floor(wall / 60))}:${pad(wall % 60)}${suffix}`;
}

/**
 * The opening and closing text of a session on local day `day`, offsets as in force then;
 * undefined when the session has no time on the clock (see `sessionSpan`).
 */
function sessionText(clock: ZoneClock, tz: string, day: number, opensAt: string, closesAt: string) {
  const span = sessionSpan(clock, tz, day, opensAt, closesAt);
  if (span === undefined) return undefined;
  const start = span.startMs;
  const end = span.endMs;
  const opens = timeWithOffset(clock, start, tz);
  return {
    opens_at: opens,
    closes_at: timeWithOffset(clock, end, tz),
    timezone: clock.offsetMinutes(start, tz) / 60,
  };
}

interface Run {
  start: number;
  end: number;
  text: NonNullable<ReturnType<typeof sessionText>>;
}

/** Where the exported schedules belong. */
export type ScheduleOwner = { service_id: string } | { service_at_location_id: string };

/**
 * Writes one of our schedules as HSDS schedules for the local dates in `window`. HSDS has a
 * fixed UTC offset and no exceptions, so the rule is split into runs of dates whose sessions
 * share the same opening and closing text: at each clock change, around closures and bank
 * holidays, and on nights a session spans a change. Extra sessions become one-date schedules.
 * Nothing is shifted: every exported session opens and closes at the instant ours does.
 */
export function exportSchedule(
  clock: ZoneClock,
  schedule: Schedule,
  owner: ScheduleOwner,
  window: { readonly from: IsoDate; readonly until: IsoDate },
  holidays: ReadonlySet<number> | undefined,
  path: string,
): { schedules: HsdsSchedule[]; notes: OrukNote[] } {
  const p = prepareSchedule(schedule);
  const tz = schedule.timeZone;
  const notes: OrukNote[] = [];
  const out: HsdsSchedule[] = [];
  const rule = schedule.recurrence;
  const base = (n: string, from: number, to: number, dtstart: IsoDate): HsdsSchedule => ({
    id: stableUuid(`${schedule.id}#${n}`),
    ...owner,
    valid_from: isoOfDay(from),
    valid_to: isoOfDay(to),
    dtstart,
    wkst: 'MO',
    freq: 'WEEKLY',
    interval: 1,
    ...(schedule.description === undefined ? {} : { description: schedule.description }),
  });
  if (schedule.bankHolidays === 'closed' && holidays === undefined) {
    notes.push({
      path,
      code: 'bank-holidays-unknown',
      message: 'closed on bank holidays, but no dates were given: those sessions are exported',
    });
  }
  const from = Math.max(epochDay(window.from), p.fromDay);
  const until = Math.min(epochDay(window.until), p.toDay);
  if (rule.freq === 'daily' && rule.interval > 1) {
    notes.push({
      path,
      code: 'daily-interval',
      message: `every ${rule.interval} days has no HSDS rule: regular sessions not exported`,
    });
  } else {
    const runs: Run[] = [];
    let current: Run | undefined;
    for (let day = from; day <= until; day += 1) {
      if (!matchesRule(p, day)) {
        if (current) current.end = day;
        continue;
      }
      if (!regularSessionOn(p, day, holidays ?? new Set())) {
        current = undefined; // closed: the run stops before this day
        continue;
      }
      const text = sessionText(clock, tz, day, schedule.opensAt, schedule.closesAt);
      if (text === undefined) {
        current = undefined; // no time on the clock that night (inside a gap): ends the run
        continue;
      }
      const same =
        current &&
        current.text.opens_at === text.opens_at &&
        current.text.closes_at === text.closes_at;
      if (current && same) current.end = day;
      else {
        if (current) current.end = day - 1;
        current = { start: day, end: day, text };
        runs.push(current);
      }
    }
    const byday =
      rule.freq === 'monthly'
        ? rule.days.map((d) => `${d.ordinal}${DAYS[d.weekday - 1]}`).join(',')
        : (rule.freq === 'weekly' ? [...rule.weekdays].sort() : [1, 2, 3, 4, 5, 6, 7])
            .map((d) => DAYS[d - 1])
            .join(',');
    runs.forEach((run, i) => {
      out.push({
        ...base(`${i}`, run.start, run.end, schedule.validFrom),
        freq: rule.freq === 'monthly' ? 'MONTHLY' : 'WEEKLY',
        interval: rule.freq === 'daily' ? 1 : rule.interval,
        byday,
        ...run.text,
      });
    });
  }
  schedule.exceptions.forEach((e, i) => {
    if (e.kind !== 'extra') return;
    const day = epochDay(e.date);
    if (day < epochDay(window.from) || day > epochDay(window.until)) return;
    const text = sessionText(clock, tz, day, e.opensAt, e.closesAt);
    if (text === undefined) return;
    out.push({
      ...base(`extra-${i}`, day, day, e.date),
      byday: DAYS[weekdayOfDay(day) - 1] ?? 'MO',
      ...text,
      ...(e.note === undefined ? {} : { notes: e.note }),
    });
  });
  return { schedules: out, notes };
}
