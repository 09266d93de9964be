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
  const memo = new Map<string, number>();
  const offsetMinutes = (ms: number, timeZone: TimeZone): number => {
    const key = `${timeZone}|${Math.floor(ms / BUCKET_MS)}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    if (memo.size >= MAX_ENTRIES) memo.clear();
    const offset = -new TZDate(ms, timeZone).getTimezoneOffset();
    memo.set(key, offset);
    return offset;
  };
  return {
    offsetMinutes,
    localDay: (ms, timeZone) => Math.floor((ms + offsetMinutes(ms, timeZone) * MINUTE_MS) / DAY_MS),
    wallToMs: (day, minutes, timeZone) => {
      const wall = day * DAY_MS + minutes * MINUTE_MS;
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
