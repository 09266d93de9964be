import {
  createZoneClock,
  type TimeZone,
  weekdayOfDay,
  ymdOfDay,
  type ZoneClock,
} from '@livewell/core';

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
export function describeStart(
  startMs: number,
  nowMs: number,
  timeZone: TimeZone,
  clock: ZoneClock = createZoneClock(),
): string {
  const wallMinutes = Math.floor(startMs / 60_000) + clock.offsetMinutes(startMs, timeZone);
  const day = Math.floor(wallMinutes / 1440);
  const minutes = wallMinutes - day * 1440;
  const time = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  if (startMs <= nowMs) return `now (since ${time})`;
  const weekday = WEEKDAYS[weekdayOfDay(day) % 7] ?? '';
  if (startMs - nowMs < 6 * 86_400_000) return `${weekday} ${time}`;
  const [, month, dayOfMonth] = ymdOfDay(day);
  return `${weekday} ${dayOfMonth} ${MONTHS[month - 1] ?? ''} ${time}`;
}

/** A distance in words: `350 m`, `1.2 km`, `15 km`. */
export function describeDistance(km: number): string {
  if (km < 1) return `${Math.round(km * 100) * 10} m`;
  if (km < 10) return `${(Math.round(km * 10) / 10).toFixed(1)} km`;
  return `${Math.round(km)} km`;
}
