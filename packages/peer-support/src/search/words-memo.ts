import { epochDay, type IsoDate, type TimeZone, type ZoneClock } from '@livewell/core';
import { describeStart } from './describe.js';
import type { SearchReason } from './hit.js';

/** Entries kept per memo before it starts afresh. */
const MAX_ENTRIES = 4096;
const DAY_MS = 86_400_000;

/** Per clock, zone and start: the next-session reason for each of `describeStart`'s three cases. */
const starts = new WeakMap<ZoneClock, Map<string, Map<number, (SearchReason | undefined)[]>>>();
const days = new Map<string, number>();

/**
 * The hit's `next-session` reason (`next session` and {@link describeStart}'s words), remembered
 * and shared (frozen): its words depend on `nowMs` only through which of its three cases applies
 * (under way, within six days, later), so each case is written once per start and zone and
 * looked up after (a page's sessions repeat from hit to hit and query to query).
 */
export function nextSessionReason(
  startMs: number,
  nowMs: number,
  timeZone: TimeZone,
  clock: ZoneClock,
): SearchReason {
  const which = startMs <= nowMs ? 0 : startMs - nowMs < 6 * DAY_MS ? 1 : 2;
  let zones = starts.get(clock);
  if (zones === undefined) {
    zones = new Map();
    starts.set(clock, zones);
  }
  let memo = zones.get(timeZone);
  if (memo === undefined) {
    memo = new Map();
    zones.set(timeZone, memo);
  }
  let words = memo.get(startMs);
  if (words === undefined) {
    if (memo.size >= MAX_ENTRIES) memo.clear();
    words = [undefined, undefined, undefined];
    memo.set(startMs, words);
  }
  const known = words[which];
  if (known !== undefined) return known;
  const written: SearchReason = Object.freeze({
    code: 'next-session',
    text: `next session ${describeStart(startMs, nowMs, timeZone, clock)}`,
  });
  words[which] = written;
  return written;
}

/** `epochDay`, remembered (verification dates repeat across a directory). */
export function dayOf(date: IsoDate): number {
  const known = days.get(date);
  if (known !== undefined) return known;
  if (days.size >= MAX_ENTRIES) days.clear();
  const day = epochDay(date);
  days.set(date, day);
  return day;
}
