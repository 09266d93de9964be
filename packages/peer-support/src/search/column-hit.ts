import { ENTRY_I, I_TERM_COUNT, I_TERMS, ROW_TERMS } from './cell-entry.js';
import type { QueryContext } from './context.js';
import type { SearchHit, SearchReason } from './hit.js';
import {
  CAPACITY,
  FREE,
  FROM_RECORD,
  H_FLAGS,
  H_PLACES,
  H_SHAPE,
  H_VERIFIED,
  NEVER_VERIFIED,
  STRIDE,
} from './hit-columns.js';
import { instantOf } from './instant-memo.js';
import {
  FREE_REASON,
  reasons as memo,
  NEVER_VERIFIED_REASON,
  NO_SESSION_REASON,
  OPEN_NOW_REASON,
} from './reasons.js';
import { type Found, shapeSession } from './slot-search.js';
import { type SlotTable, TERMS } from './slot-table.js';
import { nextSessionReason } from './words-memo.js';

/** What {@link readAhead} read last (kept, so its reads are not dropped as unused). */
const lastReadAhead = { sum: 0 };

/**
 * Reads, for all of a page's found slots at once, the parts of the table that writing their hits
 * reads one hit at a time (hit numbers, schedule id, record), and changes nothing. These reads
 * do not depend on each other, so the processor overlaps their cache misses; hit by hit, each
 * would wait on its own (a page after a scan of the directory is written in about 4 µs less).
 */
export function readAhead(t: SlotTable, found: readonly Found[]): void {
  const { numbers, scheduleIds } = t.hits;
  const services = t.services;
  let sum = 0;
  for (let k = 0; k < found.length; k += 1) {
    const slot = (found[k] as Found).slot;
    sum += numbers[slot * STRIDE + H_FLAGS] as number;
    if (scheduleIds[slot] === undefined) sum += 1;
    if (services[slot] === undefined) sum += 1;
  }
  lastReadAhead.sum = sum;
}

/** Writes a found slot's hit, or `undefined` when only its record can (see `HitColumns`). */
export type ColumnHit = (f: Found) => SearchHit | undefined;

/**
 * A page's hit writer from the slot table's columns (terms, shape, `HitColumns`), for slots found
 * without the matcher: the same hit `toHit` writes from the record — same reasons in the same
 * order, same session and schedule id — without reading the record, whose parts lie scattered
 * across the heap. Terms are numbered once per page.
 */
export function columnHits(t: SlotTable, ctx: QueryContext): ColumnHit {
  const q = ctx.query;
  const wanted = ctx.termKeys.map((k) => t.termNumber(k));
  const text = ctx.textTokens.length > 0 ? `matches '${q.text?.trim()}'` : undefined;
  // Each query term's reason, looked up once per page.
  const termReasons = wanted.map((n) => (n < 0 ? undefined : memo.term(t.shown[n] as string)));
  const { hits, terms, termCount } = t;
  const w = t.windows;
  const DAY_MS = 86_400_000;
  return (f) => {
    const slot = f.slot;
    const at = slot * STRIDE;
    const numbers = hits.numbers;
    const flags = numbers[at + H_FLAGS] as number;
    if ((flags & FROM_RECORD) !== 0) return undefined;
    const distanceKm = f.distanceKm;
    const near = q.near;
    // A remote service's reason names its delivery modes: the record's.
    if (near && !(distanceKm !== undefined && distanceKm <= near.radiusKm)) return undefined;
    const reasons: SearchReason[] = [];
    if (wanted.length > 0) {
      const e = f.entry === undefined ? -1 : f.entry * ENTRY_I;
      const ints = t.cells.i;
      if (e >= 0 && (ints[e + I_TERM_COUNT] as number) <= ROW_TERMS) {
        // The entry the query found it in holds its terms, in the slot's order.
        const held = ints[e + I_TERM_COUNT] as number;
        for (let k = 0; k < held; k += 1) {
          const j = wanted.indexOf(ints[e + I_TERMS + k] as number);
          if (j >= 0) reasons.push(termReasons[j] as SearchReason);
        }
      } else {
        const more = t.moreTerms.get(slot);
        const held = more === undefined ? (termCount[slot] as number) : more.length;
        for (let k = 0; k < held; k += 1) {
          const n = more === undefined ? (terms[slot * TERMS + k] as number) : (more[k] as number);
          const j = wanted.indexOf(n);
          if (j >= 0) reasons.push(termReasons[j] as SearchReason);
        }
      }
    }
    if (text !== undefined) reasons.push({ code: 'text', text });
    if (near && distanceKm !== undefined) reasons.push(memo.distance(distanceKm));
    let nextSession: SearchHit['nextSession'];
    const shape = numbers[at + H_SHAPE] as number;
    const raw = shape >= 0 ? shapeSession(t, shape, ctx) : undefined;
    if (raw) {
      let words = w.words[shape];
      if (words === undefined) {
        words = { start: instantOf(raw.startMs), end: instantOf(raw.endMs), reasons: [] };
        w.words[shape] = words;
      }
      nextSession = {
        scheduleId: hits.scheduleIds[slot] ?? f.service.id,
        start: words.start,
        end: words.end,
        date: raw.date,
        opensAt: raw.opensAt,
        kind: raw.kind,
      };
      // `nextSessionReason`'s three cases: under way, within six days, later.
      const nowMs = ctx.nowMs;
      const which = raw.startMs <= nowMs ? 0 : raw.startMs - nowMs < 6 * DAY_MS ? 1 : 2;
      let reason = words.reasons[which];
      if (reason === undefined) {
        const tz = w.zones[shape] ?? t.shapes.prepared[shape]?.schedule.timeZone ?? 'Europe/London';
        reason = nextSessionReason(raw.startMs, nowMs, tz, ctx.clock);
        words.reasons[which] = reason;
      }
      reasons.push(reason);
    } else reasons.push(NO_SESSION_REASON);
    if (q.openNow) reasons.push(OPEN_NOW_REASON);
    if ((flags & CAPACITY) !== 0) reasons.push(memo.places(numbers[at + H_PLACES] as number));
    if ((flags & FREE) !== 0) reasons.push(FREE_REASON);
    const age =
      (flags & NEVER_VERIFIED) !== 0
        ? undefined
        : ctx.nowDay - (numbers[at + H_VERIFIED] as number);
    const stale = age === undefined || age > ctx.maxAgeDays;
    if (stale) reasons.push(age === undefined ? NEVER_VERIFIED_REASON : memo.stale(age));
    const service = f.service;
    const score = f.score;
    if (distanceKm === undefined) {
      return nextSession === undefined
        ? { service, score, stale, reasons }
        : { service, score, nextSession, stale, reasons };
    }
    return nextSession === undefined
      ? { service, score, distanceKm, stale, reasons }
      : { service, score, distanceKm, nextSession, stale, reasons };
  };
}
