import { TZDate } from '@date-fns/tz';
import type { TimeZone } from '@livewell/core';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A session start in words, in the schedule's zone: `Tuesday 10:00` within the coming week,
 * `Tuesday 15 December 10:00` further ahead, `now (since 18:00)` when under way.
 */
export function describeStart(startMs: number, nowMs: number, timeZone: TimeZone): string {
  const d = new TZDate(startMs, timeZone);
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  if (startMs <= nowMs) return `now (since ${time})`;
  const day = WEEKDAYS[d.getDay()] ?? '';
  if (startMs - nowMs < 6 * 86_400_000) return `${day} ${time}`;
  return `${day} ${d.getDate()} ${MONTHS[d.getMonth()] ?? ''} ${time}`;
}

/** A distance in words: `350 m`, `1.2 km`, `15 km`. */
export function describeDistance(km: number): string {
  if (km < 1) return `${Math.round(km * 100) * 10} m`;
  if (km < 10) return `${(Math.round(km * 10) / 10).toFixed(1)} km`;
  return `${Math.round(km)} km`;
}
