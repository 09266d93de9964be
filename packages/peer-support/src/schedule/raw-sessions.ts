import { type IsoDate, localDateOf, type TimeZone, zonedInstant } from '@livewell/core';
import { civilDay, epochDay, minutesOf } from './civil-day.js';
import { type PreparedSchedule, regularSessionOn } from './occurs.js';
import type { RawSession } from './session.js';

const MINUTE_MS = 60_000;

function sessionAt(
  date: IsoDate,
  nextDate: IsoDate,
  opensAt: string,
  closesAt: string,
  timeZone: TimeZone,
  kind: RawSession['kind'],
): RawSession {
  const startMs = Date.parse(zonedInstant(date, opensAt, timeZone));
  const wallMinutes = (minutesOf(closesAt) - minutesOf(opensAt) + 1440) % 1440;
  const endDate = minutesOf(closesAt) > minutesOf(opensAt) ? date : nextDate;
  let endMs = Date.parse(zonedInstant(endDate, closesAt, timeZone));
  // Both ends inside a spring-forward gap can invert them: keep the wall-clock length instead.
  if (endMs <= startMs) endMs = startMs + wallMinutes * MINUTE_MS;
  return { startMs, endMs, date, opensAt, kind };
}

/** Every session (regular or extra) that starts on local day `day`, in start order. */
export function sessionsStartingOn(
  p: PreparedSchedule,
  day: number,
  bankHolidays: ReadonlySet<IsoDate>,
): RawSession[] {
  const civil = civilDay(day);
  const extras = p.extras.get(day);
  const regular = regularSessionOn(p, civil, bankHolidays);
  if (!regular && extras === undefined) return [];
  const next = civilDay(day + 1).iso;
  const { timeZone, opensAt, closesAt } = p.schedule;
  const out: RawSession[] = [];
  if (regular) out.push(sessionAt(civil.iso, next, opensAt, closesAt, timeZone, 'regular'));
  for (const e of extras ?? []) {
    out.push(sessionAt(civil.iso, next, e.opensAt, e.closesAt, timeZone, 'extra'));
  }
  return out.length > 1 ? out.sort((a, b) => a.startMs - b.startMs) : out;
}

/**
 * Sessions (merged where they overlap) that end after `fromMs`, in start order, looking at
 * local start days up to `lastDay` (epoch day). Starts two local days before `fromMs` so a
 * session already running (even overnight) is included.
 */
export function* rawSessions(
  p: PreparedSchedule,
  fromMs: number,
  lastDay: number,
  bankHolidays: ReadonlySet<IsoDate>,
): Generator<RawSession> {
  const firstDay = Math.max(
    epochDay(localDateOf(new Date(fromMs).toISOString(), p.schedule.timeZone)) - 2,
    p.firstDay,
  );
  const end = Math.min(lastDay, Math.max(p.toDay, p.lastExtraDay));
  let current: RawSession | undefined;
  for (let day = firstDay; day <= end; day += 1) {
    for (const s of sessionsStartingOn(p, day, bankHolidays)) {
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
