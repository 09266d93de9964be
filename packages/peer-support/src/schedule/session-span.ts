import { minutesOf, type TimeZone, type ZoneClock } from '@livewell/core';

/** When one session runs, in epoch milliseconds. */
export interface SessionSpan {
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * When a session that opens at `opensAt` on local epoch day `day` starts and ends. Both ends go
 * through core's one wall-clock rule: it closes at its local closing time (the next day when
 * `closesAt` is not after `opensAt`); a time skipped when clocks go forward means the first
 * instant after the gap, a time repeated when they go back its first occurrence. Undefined when
 * the session has no time on the clock (both ends inside the same gap, e.g. 01:10–01:50 on the
 * night London springs forward).
 */
export function sessionSpan(
  clock: ZoneClock,
  timeZone: TimeZone,
  day: number,
  opensAt: string,
  closesAt: string,
): SessionSpan | undefined {
  const open = minutesOf(opensAt);
  const close = minutesOf(closesAt);
  const startMs = clock.wallToMs(day, open, timeZone);
  const endMs = clock.wallToMs(close > open ? day : day + 1, close, timeZone);
  return endMs > startMs ? { startMs, endMs } : undefined;
}
