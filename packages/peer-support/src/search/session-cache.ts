import type { ZoneClock } from '@livewell/core';
import type { PreparedSchedule } from '../schedule/occurs.js';
import { rawSessions } from '../schedule/raw-sessions.js';
import type { RawSession } from '../schedule/session.js';

/** Local days per cached chunk of sessions. */
const CHUNK_DAYS = 8;
/** Chunks kept per schedule before the cache is emptied. */
const MAX_CHUNKS = 8;

function chunk(
  clock: ZoneClock,
  p: PreparedSchedule,
  index: number,
  holidays: ReadonlySet<number>,
  holidayKey: string,
): readonly RawSession[] {
  const key = p.schedule.bankHolidays === 'closed' ? `${index}|${holidayKey}` : index;
  const hit = p.chunks.get(key);
  if (hit) return hit;
  if (p.chunks.size >= MAX_CHUNKS) p.chunks.clear();
  const firstDay = index * CHUNK_DAYS;
  const fromMs = clock.wallToMs(firstDay, 0, p.schedule.timeZone);
  const sessions = [...rawSessions(clock, p, fromMs, firstDay + CHUNK_DAYS - 1, holidays)];
  p.chunks.set(key, sessions);
  return sessions;
}

/**
 * The first session of `p` overlapping [fromMs, untilMs), answered from chunks of sessions
 * worked out once per 8 local days and kept on the prepared schedule. A chunk holds every
 * session starting in its days plus any still running when it begins, so scanning chunks in
 * order finds the same first session as expanding the schedule afresh.
 */
export function firstSessionBetween(
  clock: ZoneClock,
  p: PreparedSchedule,
  fromMs: number,
  untilMs: number,
  holidays: ReadonlySet<number>,
  holidayKey: string,
  range: ChunkRange = chunkRange(clock, p.schedule.timeZone, fromMs, untilMs),
): RawSession | undefined {
  for (let i = range.first; i <= range.last; i += 1) {
    for (const s of chunk(clock, p, i, holidays, holidayKey)) {
      if (s.startMs >= untilMs) return undefined;
      if (s.endMs > fromMs) return s;
    }
  }
  return undefined;
}

/**
 * {@link firstSessionBetween}, remembered on the schedule per `slot` (one per kind of window a
 * query asks about) and reused while still valid: the first session ending after `from` stays
 * the answer for any later `from` before it ends, and "none in [from, until)" holds for any
 * window inside that one. So a query at a later `now` re-works a schedule only once its
 * remembered session is over.
 */
export function firstSessionMemo(
  clock: ZoneClock,
  p: PreparedSchedule,
  fromMs: number,
  untilMs: number,
  holidays: ReadonlySet<number>,
  holidayKey: string,
  range: ChunkRange,
  slot: number,
): RawSession | undefined {
  const key = p.schedule.bankHolidays === 'closed' ? holidayKey : '';
  const m = p.firstSessions[slot];
  if (m !== undefined && fromMs >= m.fromMs && m.holidayKey === key) {
    const s = m.session;
    if (s !== undefined) {
      if (fromMs < s.endMs) return s.startMs < untilMs ? s : undefined;
    } else if (untilMs <= m.untilMs) return undefined;
  }
  const session = firstSessionBetween(clock, p, fromMs, untilMs, holidays, holidayKey, range);
  p.firstSessions[slot] = { fromMs, untilMs, holidayKey: key, session };
  return session;
}

/** The chunks covering a window in one zone. */
export interface ChunkRange {
  readonly first: number;
  readonly last: number;
}

/** Works out which chunks of local days a window [fromMs, untilMs) touches in `timeZone`. */
export function chunkRange(
  clock: ZoneClock,
  timeZone: string,
  fromMs: number,
  untilMs: number,
): ChunkRange {
  return {
    first: Math.floor(clock.localDay(fromMs, timeZone) / CHUNK_DAYS),
    last: Math.floor(clock.localDay(untilMs, timeZone) / CHUNK_DAYS),
  };
}
