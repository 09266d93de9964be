import { type IsoDate, isoOfDay, type ZoneClock } from '@livewell/core';
import { type PreparedSchedule, regularSessionOn } from './occurs.js';
import type { RawSession } from './session.js';
import { sessionSpan } from './session-span.js';

function sessionAt(
  clock: ZoneClock,
  p: PreparedSchedule,
  day: number,
  date: IsoDate,
  opensAt: string,
  closesAt: string,
  kind: RawSession['kind'],
): RawSession | undefined {
  const span = sessionSpan(clock, p.schedule.timeZone, day, opensAt, closesAt);
  return span && { startMs: span.startMs, endMs: span.endMs, date, opensAt, kind };
}

/** Every session (regular or extra) that starts on local day `day`, in start order. */
export function sessionsStartingOn(
  clock: ZoneClock,
  p: PreparedSchedule,
  day: number,
  bankHolidays: ReadonlySet<number>,
): RawSession[] {
  const extras = p.extras.get(day);
  const regular = regularSessionOn(p, day, bankHolidays);
  if (!regular && extras === undefined) return [];
  const iso = isoOfDay(day);
  const { opensAt, closesAt } = p.schedule;
  const out: RawSession[] = [];
  const add = (s: RawSession | undefined) => s !== undefined && out.push(s);
  if (regular) add(sessionAt(clock, p, day, iso, opensAt, closesAt, 'regular'));
  for (const e of extras ?? []) add(sessionAt(clock, p, day, iso, e.opensAt, e.closesAt, 'extra'));
  return out.length > 1 ? out.sort((a, b) => a.startMs - b.startMs) : out;
}

/**
 * Sessions (merged where they overlap) that end after `fromMs`, in start order, looking at
 * local start days up to `lastDay` (epoch day). Starts two local days before `fromMs` so a
 * session already running (even overnight) is included.
 */
export function* rawSessions(
  clock: ZoneClock,
  p: PreparedSchedule,
  fromMs: number,
  lastDay: number,
  bankHolidays: ReadonlySet<number>,
): Generator<RawSession> {
  const firstDay = Math.max(clock.localDay(fromMs, p.schedule.timeZone) - 2, p.firstDay);
  const end = Math.min(lastDay, Math.max(p.toDay, p.lastExtraDay));
  let current: RawSession | undefined;
  for (let day = firstDay; day <= end; day += 1) {
    for (const s of sessionsStartingOn(clock, p, day, bankHolidays)) {
      if (current !== undefined && s.startMs < current.endMs) {
        current.endMs = Math.max(current.endMs, s.endMs);
        continue;
      }
      if (current !== undefined && current.endMs > fromMs) yield current;
      current = s;
    }
  }
  if (current !== undefined && current.endMs > fromMs) yield current;
}
