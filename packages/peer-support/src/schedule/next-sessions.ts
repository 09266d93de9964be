import { type IsoInstant, instantToMs, msToInstant, type Schedule } from '@livewell/core';
import { epochDay } from './civil-day.js';
import { type PreparedSchedule, prepareSchedule } from './occurs.js';
import { rawSessions } from './raw-sessions.js';
import type { RawSession, ScheduleOptions, Session } from './session.js';
import { createZoneClock, type ZoneClock } from './zone-clock.js';

/** How far ahead `nextSessions` looks in `count` mode unless told otherwise (about 3 years). */
export const DEFAULT_LOOKAHEAD_DAYS = 1100;

/** How many sessions to list: the next `count`, or all starting before `until`. */
export type SessionLimit =
  | { readonly count: number; readonly lookaheadDays?: number }
  | { readonly until: IsoInstant };

/** Bank-holiday dates as a set of epoch days. */
export function toDaySet(dates: ScheduleOptions['bankHolidays']): ReadonlySet<number> {
  const out = new Set<number>();
  for (const d of dates ?? []) out.add(epochDay(d));
  return out;
}

function toSession(p: PreparedSchedule, raw: RawSession): Session {
  return {
    scheduleId: p.schedule.id,
    start: msToInstant(raw.startMs),
    end: msToInstant(raw.endMs),
    date: raw.date,
    opensAt: raw.opensAt,
    kind: raw.kind,
  };
}

/** Sessions in epoch ms overlapping [fromMs, untilMs), in start order. For the search index. */
export function* rawSessionsBetween(
  clock: ZoneClock,
  p: PreparedSchedule,
  fromMs: number,
  untilMs: number,
  bankHolidays: ReadonlySet<number>,
): Generator<RawSession> {
  const lastDay = clock.localDay(untilMs, p.schedule.timeZone) + 1;
  for (const s of rawSessions(clock, p, fromMs, lastDay, bankHolidays)) {
    if (s.startMs >= untilMs) return;
    yield s;
  }
}

/**
 * The sessions of `schedule` that have not ended by `from` (a session under way at `from` is
 * included), in start order: the next `count`, or every one starting before `until`.
 * Correct across clock changes: each session opens at its local time in the schedule's zone.
 *
 * @example
 * nextSessions(cafe, '2026-10-24T12:00:00Z', { count: 2 })
 * // 18:00–23:00 on 24 Oct (17:00Z–22:00Z, BST), then on 25 Oct (18:00Z–23:00Z, GMT)
 */
export function nextSessions(
  schedule: Schedule,
  from: IsoInstant,
  limit: SessionLimit,
  options: ScheduleOptions = {},
): Session[] {
  const p = prepareSchedule(schedule);
  const clock = createZoneClock();
  const holidays = toDaySet(options.bankHolidays);
  const fromMs = instantToMs(from);
  if ('until' in limit) {
    return [...rawSessionsBetween(clock, p, fromMs, instantToMs(limit.until), holidays)].map((s) =>
      toSession(p, s),
    );
  }
  const out: Session[] = [];
  if (limit.count <= 0) return out;
  const lastDay =
    clock.localDay(fromMs, schedule.timeZone) + (limit.lookaheadDays ?? DEFAULT_LOOKAHEAD_DAYS);
  for (const s of rawSessions(clock, p, fromMs, lastDay, holidays)) {
    out.push(toSession(p, s));
    if (out.length >= limit.count) break;
  }
  return out;
}

/** True when a session of `schedule` is running at `instant` (start inclusive, end exclusive). */
export function isOpenAt(
  schedule: Schedule,
  instant: IsoInstant,
  options: ScheduleOptions = {},
): boolean {
  const ms = instantToMs(instant);
  const p = prepareSchedule(schedule);
  const clock = createZoneClock();
  for (const s of rawSessionsBetween(clock, p, ms, ms + 1, toDaySet(options.bankHolidays))) {
    if (s.startMs <= ms && ms < s.endMs) return true;
  }
  return false;
}
