import {
  createZoneClock,
  epochDay,
  err,
  type IsoInstant,
  msToInstant,
  ok,
  type Result,
  type Schedule,
  type ZoneClock,
} from '@livewell/core';
import { type PreparedSchedule, prepareSchedule } from './occurs.js';
import { rawSessions } from './raw-sessions.js';
import {
  MAX_SPAN_DAYS,
  readBankHolidays,
  readInstant,
  readSchedule,
  readWhole,
} from './read-input.js';
import type { ScheduleError } from './schedule-error.js';
import type { RawSession, ScheduleOptions, Session } from './session.js';

/** How far ahead `nextSessions` looks in `count` mode unless told otherwise (about 3 years). */
export const DEFAULT_LOOKAHEAD_DAYS = 1100;

const DAY_MS = 86_400_000;

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

/** Sessions in epoch ms overlapping [fromMs, untilMs), in start order. */
function* rawSessionsBetween(
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

/** The schedule, instant and bank holidays every schedule function reads first. */
interface Inputs {
  readonly p: PreparedSchedule;
  readonly fromMs: number;
  readonly holidays: ReadonlySet<number>;
}

function readInputs(
  schedule: unknown,
  from: unknown,
  fromName: string,
  options: unknown,
): Result<Inputs, ScheduleError> {
  const s = readSchedule(schedule);
  if (!s.ok) return s;
  const fromMs = readInstant(from, fromName);
  if (!fromMs.ok) return fromMs;
  const holidays = readBankHolidays(options);
  if (!holidays.ok) return holidays;
  return ok({
    p: prepareSchedule(s.value),
    fromMs: fromMs.value,
    holidays: toDaySet(holidays.value),
  });
}

/** Reads `{ count, lookaheadDays? }` or `{ until }` into a last local day or an end instant. */
function readLimit(
  limit: unknown,
  fromMs: number,
): Result<{ count: number; lookaheadDays: number } | { untilMs: number }, ScheduleError> {
  try {
    if (typeof limit !== 'object' || limit === null) {
      return err({ code: 'invalid-limit', message: 'limit must be { count } or { until }' });
    }
    if ('until' in limit) {
      const untilMs = readInstant(limit.until, 'until');
      if (!untilMs.ok) return untilMs;
      if (untilMs.value - fromMs > MAX_SPAN_DAYS * DAY_MS) {
        return err({
          code: 'invalid-limit',
          message: `the window from \`from\` to \`until\` is longer than ${MAX_SPAN_DAYS} days`,
        });
      }
      return ok({ untilMs: untilMs.value });
    }
    const count = readWhole(Reflect.get(limit, 'count'), 'count', 0, Number.MAX_SAFE_INTEGER);
    if (!count.ok) return count;
    const given: unknown = Reflect.get(limit, 'lookaheadDays');
    const lookahead =
      given === undefined
        ? ok(DEFAULT_LOOKAHEAD_DAYS)
        : readWhole(given, 'lookaheadDays', 0, MAX_SPAN_DAYS);
    if (!lookahead.ok) return lookahead;
    return ok({ count: count.value, lookaheadDays: lookahead.value });
  } catch {
    return err({ code: 'invalid-limit', message: 'limit could not be read' });
  }
}

/**
 * The sessions of `schedule` that have not ended by `from` (a session under way at `from` is
 * included), in start order: the next `count`, or every one starting before `until`.
 * Correct across clock changes: each session opens and closes at its local times in the
 * schedule's zone, by core's one wall-clock rule (a skipped time means the first instant after
 * the gap, a repeated one its first occurrence). Checks its input: anything that is not a
 * valid schedule, instant, limit or list of dates is a {@link ScheduleError}, never a throw.
 *
 * @example
 * nextSessions(cafe, '2026-10-24T12:00:00Z', { count: 2 })
 * // ok: 18:00–23:00 on 24 Oct (17:00Z–22:00Z, BST), then on 25 Oct (18:00Z–23:00Z, GMT)
 */
export function nextSessions(
  schedule: Schedule,
  from: IsoInstant,
  limit: SessionLimit,
  options: ScheduleOptions = {},
): Result<Session[], ScheduleError> {
  const inputs = readInputs(schedule, from, 'from', options);
  if (!inputs.ok) return inputs;
  const { p, fromMs, holidays } = inputs.value;
  const lim = readLimit(limit, fromMs);
  if (!lim.ok) return lim;
  const clock = createZoneClock();
  if ('untilMs' in lim.value) {
    const between = rawSessionsBetween(clock, p, fromMs, lim.value.untilMs, holidays);
    return ok([...between].map((s) => toSession(p, s)));
  }
  const { count, lookaheadDays } = lim.value;
  const out: Session[] = [];
  if (count === 0) return ok(out);
  const lastDay = clock.localDay(fromMs, p.schedule.timeZone) + lookaheadDays;
  for (const s of rawSessions(clock, p, fromMs, lastDay, holidays)) {
    out.push(toSession(p, s));
    if (out.length >= count) break;
  }
  return ok(out);
}

/**
 * Whether a session of `schedule` is running at `instant` (start inclusive, end exclusive).
 * Checks its input like {@link nextSessions}.
 *
 * @example isOpenAt(cafe, '2026-12-01T22:30:00Z') // ok(true): 22:30 GMT, open until 23:00
 */
export function isOpenAt(
  schedule: Schedule,
  instant: IsoInstant,
  options: ScheduleOptions = {},
): Result<boolean, ScheduleError> {
  const inputs = readInputs(schedule, instant, 'instant', options);
  if (!inputs.ok) return inputs;
  const { p, fromMs: ms, holidays } = inputs.value;
  for (const s of rawSessionsBetween(createZoneClock(), p, ms, ms + 1, holidays)) {
    if (s.startMs <= ms && ms < s.endMs) return ok(true);
  }
  return ok(false);
}
