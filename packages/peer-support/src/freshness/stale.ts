import { calendarDaysBetween, type IsoDate, type IsoInstant, localDateOf } from '@livewell/core';

/** Anything with a last-verified date: services, locations, organisations. */
export interface Verifiable {
  readonly lastVerified?: IsoDate | undefined;
}

/** How old a record's verification may be before it counts as stale (the default is a year). */
export const DEFAULT_MAX_AGE_DAYS = 365;

/**
 * Days since the record was last verified, counted in local (Europe/London) calendar days, or
 * `undefined` when it has never been verified.
 */
export function daysSinceVerified(record: Verifiable, now: IsoInstant): number | undefined {
  return record.lastVerified === undefined
    ? undefined
    : calendarDaysBetween(record.lastVerified, localDateOf(now));
}

/**
 * True when the record was never verified or was last verified more than `maxAgeDays` days
 * before `now`. Search and matching flag stale services; they never hide them.
 *
 * @example isStale(service, '2026-11-29T09:00:00Z', 180)
 */
export function isStale(
  record: Verifiable,
  now: IsoInstant,
  maxAgeDays: number = DEFAULT_MAX_AGE_DAYS,
): boolean {
  const days = daysSinceVerified(record, now);
  return days === undefined || days > maxAgeDays;
}
