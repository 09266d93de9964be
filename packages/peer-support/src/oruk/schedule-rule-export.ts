import { epochDay, type IsoDate, isoOfDay, type Schedule, weekdayOfDay } from '@livewell/core';
import { matchesRule, prepareSchedule } from '../schedule/occurs.js';
import type { HsdsSchedule } from './hsds-types.js';
import type { OrukNote } from './loss.js';
import { hsdsId, stableUuid } from './uuid.js';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const FIXED = /^Etc\/GMT([+-])(\d{1,2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** Where the exported schedules belong. */
export type ScheduleOwner = { service_id: string } | { service_at_location_id: string };

/** The `±HH:MM` suffix for a zone: none for UK time, the offset for a fixed `Etc/GMT±N` zone. */
function suffixOf(zone: string): string | undefined {
  if (zone === 'Europe/London') return '';
  const m = FIXED.exec(zone);
  if (!m || m[2] === '0') return undefined;
  const hours = Number(m[2]);
  return `${m[1] === '+' ? '-' : '+'}${pad(hours)}:00`; // Etc/GMT+2 is UTC-2
}

/** Day ranges (inclusive) on which no session of the rule starts: closures and closed holidays. */
function cuts(schedule: Schedule, holidays: ReadonlySet<number> | undefined): [number, number][] {
  const ranges: [number, number][] = schedule.exceptions.flatMap((e) =>
    e.kind === 'closed' ? [[epochDay(e.from), epochDay(e.to)] as [number, number]] : [],
  );
  if (schedule.bankHolidays === 'closed' && holidays) {
    const p = prepareSchedule(schedule);
    for (const day of holidays) if (matchesRule(p, day)) ranges.push([day, day]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * Writes one of our schedules as HSDS / ORUK schedules that read back as the same sessions:
 * the rule once, with `dtstart` as its anchor and `valid_from`/`valid_to` as its bounds
 * (open-ended stays open-ended). HSDS has no closures, so closures and closed bank holidays
 * (the dates in `holidays`) split the rule into segments that keep the same `dtstart` — the
 * first segment keeps the schedule's id, later ones a UUID derived from it and their first
 * date, so a re-import and re-export writes the same ids. UK schedules are written in local
 * time with no offset (the ORUK reading); fixed-offset zones with their offset; any other zone,
 * and every-N-days rules, have no ORUK form and are noted instead. Extra sessions become
 * one-date schedules.
 */
export function exportScheduleRule(
  schedule: Schedule,
  owner: ScheduleOwner,
  holidays: ReadonlySet<number> | undefined,
  path: string,
): { schedules: HsdsSchedule[]; notes: OrukNote[] } {
  const notes: OrukNote[] = [];
  const suffix = suffixOf(schedule.timeZone);
  if (suffix === undefined) {
    notes.push({
      path,
      code: 'unsupported-zone',
      message: `ORUK schedules carry no time zone: a schedule in ${schedule.timeZone} is not written`,
    });
    return { schedules: [], notes };
  }
  const id = hsdsId(schedule.id);
  const rule = schedule.recurrence;
  const out: HsdsSchedule[] = [];
  const time = (t: string) => `${t}${suffix}`;
  const common = {
    ...owner,
    dtstart: schedule.validFrom,
    ...(schedule.description === undefined ? {} : { description: schedule.description }),
  };
  if (schedule.bankHolidays === 'closed' && holidays === undefined) {
    notes.push({
      path,
      code: 'bank-holidays-unknown',
      message: 'closed on bank holidays, but no dates were given: those sessions are exported',
    });
  }
  if (rule.freq === 'daily' && rule.interval > 1) {
    notes.push({
      path,
      code: 'daily-interval',
      message: `every ${rule.interval} days has no ORUK rule: regular sessions not exported`,
    });
  } else {
    const byday =
      rule.freq === 'monthly'
        ? rule.days.map((d) => `${d.ordinal}${DAYS[d.weekday - 1]}`).join(',')
        : (rule.freq === 'weekly' ? [...rule.weekdays].sort() : [1, 2, 3, 4, 5, 6, 7])
            .map((d) => DAYS[d - 1])
            .join(',');
    const p = prepareSchedule(schedule);
    let start = p.fromDay;
    const segments: [number, number][] = [];
    for (const [from, to] of cuts(schedule, holidays)) {
      if (to < start) continue;
      if (from > p.toDay) break;
      if (from > start) segments.push([start, from - 1]);
      start = Math.max(start, to + 1);
    }
    if (start <= p.toDay) segments.push([start, p.toDay]);
    let first = true;
    for (const [from, to] of segments) {
      // A segment with no session day writes nothing (at most 400 days are looked at).
      let any = false;
      for (let d = from; d <= Math.min(to, from + 400) && !any; d += 1) any = matchesRule(p, d);
      if (!any && to - from <= 400) continue;
      out.push({
        id: first ? id : stableUuid(`${id}#${isoOfDay(from)}`),
        ...common,
        valid_from: isoOfDay(from),
        ...(Number.isFinite(to) ? { valid_to: isoOfDay(to) } : {}),
        freq: rule.freq === 'monthly' ? 'MONTHLY' : 'WEEKLY',
        interval: rule.freq === 'daily' ? 1 : rule.interval,
        byday,
        opens_at: time(schedule.opensAt),
        closes_at: time(schedule.closesAt),
      });
      first = false;
    }
  }
  schedule.exceptions.forEach((e) => {
    if (e.kind !== 'extra') return;
    const day = epochDay(e.date);
    out.push({
      id: stableUuid(`${id}#extra#${e.date}#${e.opensAt}`),
      ...owner,
      dtstart: e.date as IsoDate,
      valid_from: e.date,
      valid_to: e.date,
      freq: 'WEEKLY',
      interval: 1,
      byday: DAYS[weekdayOfDay(day) - 1] ?? 'MO',
      opens_at: time(e.opensAt),
      closes_at: time(e.closesAt),
      ...(e.note === undefined ? {} : { description: e.note }),
    });
  });
  return { schedules: out, notes };
}
