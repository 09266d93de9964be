import { TZDate } from '@date-fns/tz';
import type { IsoDate, IsoInstant, LocalTime, TimeZone } from '../shared/time-values.js';

/** The zone livewell assumes when none is configured. */
export const DEFAULT_TIME_ZONE: TimeZone = 'Europe/London';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Milliseconds since the epoch for an ISO instant. */
export const instantToMs = (instant: IsoInstant): number => Date.parse(instant);

/** An ISO instant in UTC (`…Z`, millisecond precision dropped when zero) from epoch milliseconds. */
export function msToInstant(ms: number): IsoInstant {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
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

/**
 * The instant at which the wall clock in `timeZone` shows `date` `time`.
 * A time skipped by a spring-forward change resolves to the same offset distance after the gap
 * (01:30 on 28 March 2027 in London → 02:30 BST); a time repeated in autumn resolves to
 * the first (summer-time) occurrence.
 */
export function zonedInstant(
  date: IsoDate,
  time: LocalTime,
  timeZone: TimeZone = DEFAULT_TIME_ZONE,
): IsoInstant {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wallAsUtc = Date.UTC(y, m - 1, d, hh, mm);
  // Offsets in force around that day; a wall time is valid under an offset if it maps back to itself.
  const offsets = new Set(
    [-2, 0, 2].map(
      (days) => -new TZDate(wallAsUtc + days * 43_200_000, timeZone).getTimezoneOffset(),
    ),
  );
  const candidates = [...offsets]
    .map((offset) => wallAsUtc - offset * 60_000)
    .filter((ms) => {
      const back = new TZDate(ms, timeZone);
      return back.getDate() === d && back.getHours() === hh && back.getMinutes() === mm;
    });
  if (candidates.length > 0) return msToInstant(Math.min(...candidates));
  // In a spring-forward gap: keep the wall-clock distance, so 01:30 becomes 02:30 summer time.
  return msToInstant(new TZDate(y, m - 1, d, hh, mm, 0, timeZone).getTime());
}

/** The UTC offset in minutes in force in `timeZone` at `instant` (London: 0 or 60). */
export function offsetMinutesAt(
  instant: IsoInstant,
  timeZone: TimeZone = DEFAULT_TIME_ZONE,
): number {
  return -new TZDate(instantToMs(instant), timeZone).getTimezoneOffset();
}
