import { TZDate } from '@date-fns/tz';
import type { TimeZone } from '@livewell/core';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const BUCKET_MS = 15 * MINUTE_MS;
const MAX_ENTRIES = 200_000;

/**
 * Converts between instants and wall-clock time in IANA zones, remembering the UTC offset of
 * each 15-minute span it has looked up (zone transitions fall on quarter hours). A clock is a
 * plain value owned by its caller (a search index keeps one); it never reads the current time.
 */
export interface ZoneClock {
  /** UTC offset in minutes in force in `timeZone` at `ms`. */
  offsetMinutes(ms: number, timeZone: TimeZone): number;
  /** The local epoch day (days since 1970-01-01 on the wall calendar) of instant `ms`. */
  localDay(ms: number, timeZone: TimeZone): number;
  /**
   * The instant the wall clock shows `minutes` after midnight of local epoch day `day`. A time
   * repeated in autumn resolves to its first occurrence; a time skipped in spring keeps its
   * distance from midnight under the earlier offset (01:30 becomes 02:30 BST), as core's
   * `zonedInstant` does.
   */
  wallToMs(day: number, minutes: number, timeZone: TimeZone): number;
}

/** Makes a {@link ZoneClock} with its own offset memo. */
export function createZoneClock(): ZoneClock {
  const memo = new Map<TimeZone, Map<number, number>>();
  const offsetMinutes = (ms: number, timeZone: TimeZone): number => {
    let buckets = memo.get(timeZone);
    if (!buckets) {
      buckets = new Map();
      memo.set(timeZone, buckets);
    }
    const bucket = Math.floor(ms / BUCKET_MS);
    const hit = buckets.get(bucket);
    if (hit !== undefined) return hit;
    if (buckets.size >= MAX_ENTRIES) buckets.clear();
    const offset = -new TZDate(ms, timeZone).getTimezoneOffset();
    buckets.set(bucket, offset);
    return offset;
  };
  // Per zone and local day: the offset when it holds from the day before to the day after
  // (no clock change near), else NaN. Lets most conversions skip the careful path.
  const steady = new Map<TimeZone, Map<number, number>>();
  const steadyOffset = (day: number, timeZone: TimeZone): number => {
    let days = steady.get(timeZone);
    if (!days) {
      days = new Map();
      steady.set(timeZone, days);
    }
    const known = days.get(day);
    if (known !== undefined) return known;
    if (days.size >= MAX_ENTRIES) days.clear();
    const probes = [-1, 0, 1, 2].map((d) => offsetMinutes((day + d) * DAY_MS, timeZone));
    const first = probes[0] ?? Number.NaN;
    const value = probes.every((o) => o === first) ? first : Number.NaN;
    days.set(day, value);
    return value;
  };
  return {
    offsetMinutes,
    localDay: (ms, timeZone) => Math.floor((ms + offsetMinutes(ms, timeZone) * MINUTE_MS) / DAY_MS),
    wallToMs: (day, minutes, timeZone) => {
      const wall = day * DAY_MS + minutes * MINUTE_MS;
      const fast = steadyOffset(day, timeZone);
      if (!Number.isNaN(fast)) return wall - fast * MINUTE_MS;
      const before = offsetMinutes(wall - DAY_MS, timeZone);
      const at = offsetMinutes(wall, timeZone);
      const after = offsetMinutes(wall + DAY_MS, timeZone);
      let best = Number.POSITIVE_INFINITY;
      for (const offset of [before, at, after]) {
        const t = wall - offset * MINUTE_MS;
        if (t < best && offsetMinutes(t, timeZone) === offset) best = t;
      }
      return Number.isFinite(best) ? best : wall - before * MINUTE_MS;
    },
  };
}
