import type { Service } from '@livewell/core';
import type { RawSession } from '../schedule/session.js';
import { type CellArena, EVERY_ROW, R_SIZE, R_START, REGION } from './cell-arena.js';
import {
  BY_MATCHER,
  ENTRY_F,
  ENTRY_I,
  F_LAT,
  F_LON,
  I_CODE,
  I_SHAPE,
  I_SLOT,
  I_TENANT,
  I_TERM_COUNT,
  I_TERMS,
  ROW_TERMS,
} from './cell-entry.js';
import type { QueryContext } from './context.js';
import type { IndexedService } from './entry.js';
import {
  type Match,
  match,
  passesFilters,
  passesServiceFilters,
  rangeFor,
  WINDOW,
} from './evaluate.js';
import { cosOfLatitude, distanceKmFrom, FLAT_MARGIN, KM_PER_DEGREE, ringCells } from './geo.js';
import { SCORE_WEIGHTS } from './hit.js';
import type { CursorState, Ranked } from './page.js';
import { firstSessionMemo } from './session-cache.js';
import { UNANSWERED, UNKNOWN } from './shape-windows.js';
import { SEVERAL, type SlotTable } from './slot-table.js';
import { STATUS_CODES } from './status-codes.js';
import { TopMatches } from './top-matches.js';

const DAY_MS = 86_400_000;
/** Above this many grid cells a distance query is not worth answering from the grid. */
export const MAX_CELLS = 4096;

/** A service that matched: its slot and score, and the full match when the matcher made it. */
export interface Found extends Ranked {
  readonly service: Service;
  readonly slot: number;
  readonly distanceKm: number | undefined;
  /** Set when the service was tested by `match` (its hit is written from this). */
  readonly match: Match | undefined;
  /**
   * The cell entry it was found in, while the query runs (its terms are read from there, where
   * the query has just been, rather than from the slot table); `undefined` otherwise.
   */
  readonly entry?: number | undefined;
}

/**
 * A slot found from the columns. Its service is read from the table only when asked for (a tie
 * to break, a hit to write): most offered to the page never are, and each read would fetch a
 * far-off part of the heap.
 */
class SlotFound implements Found {
  readonly match = undefined;

  constructor(
    private readonly services: readonly (Service | undefined)[],
    readonly slot: number,
    readonly score: number,
    readonly distanceKm: number,
    readonly entry: number,
  ) {}

  get service(): Service {
    return this.services[this.slot] as Service;
  }
}

/** The worked-out entry of a slot, for criteria the columns do not hold. */
export type EntryOf = (slot: number) => IndexedService;

/**
 * The first session of a shape in the query window (remembered on the shared schedule, and
 * beside the shape's start for as long as queries ask about the same window).
 */
export function shapeSession(
  t: SlotTable,
  shape: number,
  ctx: QueryContext,
): RawSession | undefined {
  const w = t.windows;
  const from = ctx.windowFromMs;
  const until = ctx.windowUntilMs;
  const gen = w.windowGeneration(from, until, w.keyNumber(ctx.holidayKey));
  if (w.sessionMarks[shape] === gen) return w.sessions[shape];
  const p = t.shapes.prepared[shape];
  if (p === undefined) return undefined;
  const range = rangeFor(ctx, ctx.windowRanges, p.schedule.timeZone, from, until);
  const raw = firstSessionMemo(
    ctx.clock,
    p,
    from,
    until,
    ctx.holidays,
    ctx.holidayKey,
    range,
    WINDOW,
  );
  w.ensure(shape + 1);
  w.sessions[shape] = raw;
  w.words[shape] = undefined;
  w.zones[shape] = p.schedule.timeZone;
  w.sessionMarks[shape] = gen;
  return raw;
}

/**
 * The earliest session of a slot's schedules in the query window, with the schedule's position
 * (the first schedule wins a tie), as `match` finds it.
 */
export function slotSession(
  t: SlotTable,
  slot: number,
  ctx: QueryContext,
): { readonly raw: RawSession; readonly index: number } | undefined {
  const shapes = t.shapesOf(slot);
  let best: RawSession | undefined;
  let index = -1;
  for (let i = 0; i < shapes.length; i += 1) {
    const raw = shapeSession(t, shapes[i] as number, ctx);
    if (raw && (best === undefined || raw.startMs < best.startMs)) {
      best = raw;
      index = i;
    }
  }
  return best === undefined ? undefined : { raw: best, index };
}

/**
 * The start of a slot's first session in the query window (NaN: none), without allocating:
 * worked out once per schedule shape per window (call `t.windows.windowGeneration` for the
 * query's window first), as shapes are shared by many services, and read from the shape's
 * remembered window (`holidays`: the query's key number in `t.windows`) when that settles it.
 */
export function windowStart(
  t: SlotTable,
  slot: number,
  shape: number,
  ctx: QueryContext,
  holidays: number,
): number {
  if (shape === SEVERAL) return slotSession(t, slot, ctx)?.raw.startMs ?? Number.NaN;
  if (shape < 0) return Number.NaN;
  const known = t.windows.starts[shape] as number;
  if (known !== UNKNOWN) return known;
  let start = t.windows.start(shape, ctx.windowFromMs, ctx.windowUntilMs, holidays);
  if (start === UNANSWERED) {
    start = shapeSession(t, shape, ctx)?.startMs ?? Number.NaN;
    const p = t.shapes.prepared[shape];
    if (p !== undefined) t.windows.copy(shape, p, WINDOW);
  }
  t.windows.starts[shape] = start;
  return start;
}

/** The matches of a query, counted, and the best of them after the cursor. */
export interface Ranking {
  readonly total: number;
  /** The best matches after the cursor in ranking order, up to one more than the page. */
  readonly top: readonly Found[];
}

/**
 * How many of the query's terms (`terms`, their numbers; `j`: the list being read) the row at
 * `b` holds, or 0 when it holds one of the terms before `j` (it was taken from that term's list
 * already). Read from the entry's own term numbers, or from the slot table for a row holding
 * more than an entry keeps.
 */
function termsHeld(
  t: SlotTable,
  ints: Int32Array,
  b: number,
  terms: readonly number[],
  j: number,
): number {
  const many = (ints[b + I_TERM_COUNT] as number) > ROW_TERMS;
  const own = many ? t.termsOf(ints[b + I_SLOT] as number) : undefined;
  let count = 1;
  for (let k = 0; k < terms.length; k += 1) {
    if (k === j) continue;
    const w = terms[k] as number;
    if (w < 0) continue;
    const holds =
      own === undefined
        ? ints[b + I_TERMS] === w || ints[b + I_TERMS + 1] === w || ints[b + I_TERMS + 2] === w
        : own.includes(w);
    if (!holds) continue;
    if (k < j) return 0;
    count += 1;
  }
  return count;
}

/** With every query term needed, whether the cell has rows for each of them. */
function holdsEvery(cells: CellArena, cell: number, terms: readonly number[]): boolean {
  for (let j = 0; j < terms.length; j += 1) if (!cells.has(cell, terms[j] as number)) return false;
  return true;
}

const score = (rel: number, proximity: number, soonness: number) =>
  SCORE_WEIGHTS.relevance * rel +
  SCORE_WEIGHTS.proximity * proximity +
  SCORE_WEIGHTS.soonness * soonness;

/**
 * Answers a distance query from the columns: the cells near the point, nearest first, give the
 * candidates (by term within a cell when the query has terms, counting the terms each holds);
 * each is ruled out or counted from its row (tenant, status, point, terms counted, the shared
 * schedule's session, worked out once per shape) without reading the record. Every match is
 * counted, but one is scored in full only when it may still reach the page: its score cannot
 * exceed the one its cell's nearest point would give, and once the page (plus one) is full, a
 * candidate whose bound is below the page's lowest score is passed over — so the nearer rings,
 * visited first, soon let most of the rest be counted without measuring their distance. Services
 * with several points or an unknown status go through the shared matcher. Gives exactly the
 * total, page and cursor {@link paginate} gives over `match`'s matches. Returns `undefined` for
 * queries it does not cover (no point, free text, open now, remote services, a huge radius).
 */
export function rankSlots(
  t: SlotTable,
  ctx: QueryContext,
  entryOf: EntryOf,
  cursor: CursorState | undefined,
): Ranking | undefined {
  const q = ctx.query;
  const near = q.near;
  if (near === undefined || near.includeRemote || ctx.textTokens.length > 0 || q.openNow) {
    return undefined;
  }
  const cells = ringCells(near.point, near.radiusKm);
  if (cells.length > MAX_CELLS) return undefined;
  const tenant = t.tenantNumber(q.tenantId);
  if (tenant < 0) return { total: 0, top: [] };
  let statusMask = 0;
  for (const s of ctx.statuses) {
    const code = STATUS_CODES.indexOf(s);
    if (code >= 0) statusMask |= 1 << code;
  }
  const serviceFilters =
    q.freeOnly !== undefined ||
    q.placesAvailable !== undefined ||
    q.deliveryModes !== undefined ||
    q.languages !== undefined;
  const accessibility = q.accessibility !== undefined;
  const window = q.sessionBetween !== undefined;
  const n = ctx.termKeys.length;
  const all = q.termsMatch === 'all';
  const termNumbers = ctx.termKeys.map((k) => t.termNumber(k));
  const gen = t.nextGeneration();
  const holidays = t.windows.keyNumber(ctx.holidayKey);
  t.windows.windowGeneration(ctx.windowFromMs, ctx.windowUntilMs, holidays);
  const { latitude, longitude } = near.point;
  const cosLatitude = cosOfLatitude(latitude);
  const radius = near.radiusKm;
  const inside2 = (radius * (1 - FLAT_MARGIN)) ** 2;
  const outside2 = (radius * (1 + FLAT_MARGIN)) ** 2;
  const { marks, services } = t;
  const top = new TopMatches<Found>(ctx.limit + 1, cursor);
  const nowMs = ctx.nowMs;
  let total = 0;
  const arena = t.cells;
  const ints = arena.i;
  const floats = arena.f;
  const regions = arena.regionsOf;
  for (const ring of cells) {
    const cell = ring.cell;
    // Each list of rows is read front to back: every row (no terms), or each query term's rows
    // in turn; with several terms a row is taken in the list of the first query term it holds,
    // with the count of query terms it holds read from its entry, and passed over in the others.
    if (all && n > 1 && !holdsEvery(arena, cell, termNumbers)) continue;
    const nearest = 1 / (1 + ring.nearKm / 5);
    const inside = ring.inside;
    const kmPerLon = ring.kmPerLonDegree;
    for (let j = 0; j < (n === 0 ? 1 : n); j += 1) {
      const term = n === 0 ? EVERY_ROW : (termNumbers[j] as number);
      if (n > 0 && term < 0) continue;
      const r = arena.region(cell, term);
      if (r < 0) continue;
      const first = regions[r * REGION + R_START] as number;
      const end = first + (regions[r * REGION + R_SIZE] as number);
      for (let i = first; i < end; i += 1) {
        const b = i * ENTRY_I;
        if (ints[b + I_TENANT] !== tenant) continue;
        let count = n === 0 ? 0 : 1;
        if (n > 1) {
          count = termsHeld(t, ints, b, termNumbers, j);
          if (count === 0) continue;
        }
        const code = ints[b + I_CODE] as number;
        const slot = ints[b + I_SLOT] as number;
        if (code === BY_MATCHER) {
          // Several points (in several cells: tested once) or an unknown status.
          if (marks[slot] === gen) continue;
          marks[slot] = gen;
          const m = match(entryOf(slot), ctx);
          if (m === undefined) continue;
          total += 1;
          const service = services[slot] as Service;
          top.offer({
            service,
            slot,
            score: m.score,
            distanceKm: m.distanceKm,
            match: m,
            entry: undefined,
          });
          continue;
        }
        if (((statusMask >>> code) & 1) === 0) continue;
        if (all && count < n) continue;
        const lat = floats[i * ENTRY_F + F_LAT] as number;
        const lon = floats[i * ENTRY_F + F_LON] as number;
        let distance = Number.NaN;
        // The flat distance squared (see FLAT_MARGIN); -1 until worked out, or when it may not be.
        let d2 = -1;
        if (!inside) {
          if (kmPerLon > 0) {
            // Flat distance first; only a point near the circle is measured on the sphere.
            const dy = (lat - latitude) * KM_PER_DEGREE;
            const dx = (lon - longitude) * kmPerLon;
            d2 = dx * dx + dy * dy;
            if (d2 > outside2) continue;
            if (d2 >= inside2) {
              distance = distanceKmFrom(latitude, longitude, cosLatitude, lat, lon);
              if (!(distance <= radius)) continue;
            }
          } else {
            if (Math.abs(lat - latitude) * 110 > radius + 1) continue;
            distance = distanceKmFrom(latitude, longitude, cosLatitude, lat, lon);
            if (!(distance <= radius)) continue;
          }
        }
        if (serviceFilters && !passesServiceFilters(services[slot] as Service, ctx)) continue;
        if (accessibility && !passesFilters(entryOf(slot), ctx)) continue;
        const shape = ints[b + I_SHAPE] as number;
        // Read afresh: working a shape out may have widened the array.
        const known = shape >= 0 ? (t.windows.starts[shape] as number) : UNKNOWN;
        const start = known !== UNKNOWN ? known : windowStart(t, slot, shape, ctx, holidays);
        if (window && Number.isNaN(start)) continue;
        total += 1;
        const rel = n === 0 ? 1 : count / n;
        const soonness = Number.isNaN(start) ? 0 : 1 / (1 + Math.max(0, start - nowMs) / DAY_MS);
        // The bound: the cell's nearest distance, or the flat distance less its margin.
        let proximity = nearest;
        if (Number.isNaN(distance) && kmPerLon > 0) {
          if (d2 < 0) {
            const dy = (lat - latitude) * KM_PER_DEGREE;
            const dx = (lon - longitude) * kmPerLon;
            d2 = dx * dx + dy * dy;
          }
          proximity = Math.min(nearest, 1 / (1 + (Math.sqrt(d2) * (1 - FLAT_MARGIN)) / 5));
        }
        if (!top.mayKeep(score(rel, proximity, soonness))) continue;
        if (Number.isNaN(distance)) {
          distance = distanceKmFrom(latitude, longitude, cosLatitude, lat, lon);
        }
        const s = score(rel, 1 / (1 + distance / 5), soonness);
        if (!top.admits(s)) continue;
        top.offer(new SlotFound(services, slot, s, distance, i));
      }
    }
  }
  return { total, top: top.kept };
}
