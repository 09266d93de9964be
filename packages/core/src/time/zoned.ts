import { TZDate, tzOffset } from '@date-fns/tz';
import type { IsoDate, IsoInstant, LocalTime, TimeZone } from '../shared/time-values.js';
import { epochDay, minutesOf } from './civil-day.js';

/** The zone livewell assumes when none is configured. */
export const DEFAULT_TIME_ZONE: TimeZone = 'Europe/London';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Milliseconds since the epoch for an ISO instant (`NaN` when it cannot be read, including a
 * value that is not a string at all: it is never converted, so a hostile object cannot throw).
 */
export const instantToMs = (instant: IsoInstant): number =>
  typeof instant === 'string' ? Date.parse(instant) : Number.NaN;

/** What {@link msToInstant} returns for a time `Date` cannot hold (`instantToMs` reads it as `NaN`). */
const NO_INSTANT = 'Invalid Date';

/**
 * An ISO instant in UTC (`…Z`, millisecond precision dropped when zero) from epoch milliseconds.
 * `NaN`, ±Infinity and times beyond `Date`'s range (±8.64e15 ms) give `'Invalid Date'`, which no
 * parser accepts and `instantToMs` reads back as `NaN`: an unreadable time stays unreadable.
 */
export function msToInstant(ms: number): IsoInstant {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return NO_INSTANT;
  const iso = date.toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

/** The wall-clock date of `instant` in `timeZone`. */
export function localDateOf(instant: IsoInstant, timeZone: TimeZone = DEFAULT_TIME_ZONE): IsoDate {
  const d = new TZDate(instantToMs(instant), timeZone);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The wall-clock time (`HH:MM`) of `instant` in `timeZone`. */
export function localTimeOf(
  instant: IsoInstant,
  timeZone: TimeZone = DEFAULT_TIME_ZONE,
): LocalTime {
  const d = new TZDate(instantToMs(instant), timeZone);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const offsetAt = (ms: number, timeZone: TimeZone): number => tzOffset(timeZone, new Date(ms));

/**
 * The engine's one rule for turning wall-clock time into an instant, given the zone's UTC
 * offset (minutes) at any instant. `wall` is wall-clock milliseconds since 1970-01-01 00:00 on
 * the local calendar.
 * - A time that occurs once maps to that instant.
 * - A time repeated when clocks go back maps to its first occurrence (01:30 on 25 October
 *   2026 in London → 00:30Z, still summer time).
 * - A time skipped when clocks go forward maps to the first instant after the gap (01:30 on
 *   28 March 2027 in London → 01:00Z, which the clock shows as 02:00 BST).
 */
export function resolveWallClock(wall: number, offsetMinutes: (ms: number) => number): number {
  const offsets = [-DAY_MS, 0, DAY_MS].map((d) => offsetMinutes(wall + d));
  let best = Number.POSITIVE_INFINITY;
  for (const offset of offsets) {
    const t = wall - offset * MINUTE_MS;
    if (t < best && offsetMinutes(t) === offset) best = t;
  }
  if (best !== Number.POSITIVE_INFINITY) return best;
  // Inside a gap: the first minute whose wall-clock time is at or after `wall`.
  let t = wall - Math.max(...offsets) * MINUTE_MS;
  while (t + offsetMinutes(t) * MINUTE_MS < wall) t += MINUTE_MS;
  return t;
}

/**
 * {@link resolveWallClock} with offsets read from @date-fns/tz: the definition of the rule
 * that {@link createZoneClock} speeds up.
 */
export const wallClockToMs = (wall: number, timeZone: TimeZone): number =>
  resolveWallClock(wall, (ms) => offsetAt(ms, timeZone));

/**
 * The instant at which the wall clock in `timeZone` shows `date` `time`. A time repeated in
 * autumn resolves to its first (summer-time) occurrence; a time skipped in spring resolves to
 * the first instant after the gap (01:30 on 28 March 2027 in London → `2027-03-28T01:00:00Z`,
 * 02:00 BST). See {@link resolveWallClock}.
 *
 * @example zonedInstant('2026-07-01', '18:00') // '2026-07-01T17:00:00Z'
 */
export const zonedInstant = (
  date: IsoDate,
  time: LocalTime,
  timeZone: TimeZone = DEFAULT_TIME_ZONE,
): IsoInstant =>
  msToInstant(wallClockToMs(epochDay(date) * DAY_MS + minutesOf(time) * MINUTE_MS, timeZone));

/** The UTC offset in minutes in force in `timeZone` at `instant` (London: 0 or 60). */
export const offsetMinutesAt = (
  instant: IsoInstant,
  timeZone: TimeZone = DEFAULT_TIME_ZONE,
): number => offsetAt(instantToMs(instant), timeZone);
