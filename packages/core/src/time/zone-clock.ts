import { tzOffset } from '@date-fns/tz';
import type { TimeZone } from '../shared/time-values.js';
import { resolveWallClock } from './zoned.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const BUCKET_MS = 15 * MINUTE_MS;
const MAX_ENTRIES = 200_000;

/**
 * Converts between instants and wall-clock time in IANA zones, remembering the UTC offset of
 * each 15-minute span it has looked up in which the offset does not change (nearly every zone
 * change falls on a quarter hour; a span holding one is not remembered). The
 * engine's fast path, property-tested equal to `wallClockToMs` / `zonedInstant`,
 * `localDateOf` and `offsetMinutesAt`. A clock is a plain value owned by its caller (a search
 * index keeps one); it never reads the current time. Zones must be valid ({@link isTimeZone}).
 */
export interface ZoneClock {
  /** UTC offset in minutes in force in `timeZone` at `ms`. */
  offsetMinutes(ms: number, timeZone: TimeZone): number;
  /** The local epoch day (days since 1970-01-01 on the wall calendar) of instant `ms`. */
  localDay(ms: number, timeZone: TimeZone): number;
  /**
   * The instant the wall clock shows `minutes` after midnight of local epoch day `day`, by the
   * rule of {@link resolveWallClock}: a repeated time means its first occurrence, a skipped time
   * the first instant after the gap.
   */
  wallToMs(day: number, minutes: number, timeZone: TimeZone): number;
}

function memoFor<V>(memo: Map<TimeZone, Map<number, V>>, timeZone: TimeZone): Map<number, V> {
  let inner = memo.get(timeZone);
  if (!inner) {
    inner = new Map();
    memo.set(timeZone, inner);
  }
  if (inner.size >= MAX_ENTRIES) inner.clear();
  return inner;
}

/** Makes a {@link ZoneClock} with its own offset memo. */
export function createZoneClock(): ZoneClock {
  const buckets = new Map<TimeZone, Map<number, number>>();
  const offsetMinutes = (ms: number, timeZone: TimeZone): number => {
    const memo = memoFor(buckets, timeZone);
    const bucket = Math.floor(ms / BUCKET_MS);
    const hit = memo.get(bucket);
    if (hit !== undefined) return hit;
    const start = bucket * BUCKET_MS;
    const offset = tzOffset(timeZone, new Date(start));
    // A change inside the span (St John's changed at 00:01 local from 1987 to 2011): the span
    // is not remembered, and `ms` is looked up itself.
    if (tzOffset(timeZone, new Date(start + BUCKET_MS - 1)) !== offset) {
      return tzOffset(timeZone, new Date(ms));
    }
    memo.set(bucket, offset);
    return offset;
  };
  // Per zone and local day: the offset when it holds from the day before to the day after
  // (no clock change near), else NaN. Lets most conversions skip the careful path.
  const steady = new Map<TimeZone, Map<number, number>>();
  const steadyOffset = (day: number, timeZone: TimeZone): number => {
    const memo = memoFor(steady, timeZone);
    const known = memo.get(day);
    if (known !== undefined) return known;
    const first = offsetMinutes((day - 1) * DAY_MS, timeZone);
    let value = first;
    for (let d = 0; d <= 2; d += 1) {
      if (offsetMinutes((day + d) * DAY_MS, timeZone) !== first) value = Number.NaN;
    }
    memo.set(day, value);
    return value;
  };
  return {
    offsetMinutes,
    localDay: (ms, timeZone) => Math.floor((ms + offsetMinutes(ms, timeZone) * MINUTE_MS) / DAY_MS),
    wallToMs: (day, minutes, timeZone) => {
      const wall = day * DAY_MS + minutes * MINUTE_MS;
      const fast = steadyOffset(day, timeZone);
      if (!Number.isNaN(fast)) return wall - fast * MINUTE_MS;
      return resolveWallClock(wall, (ms) => offsetMinutes(ms, timeZone));
    },
  };
}
