import type { Service } from '@livewell/core';
import type { RawSession } from '../schedule/session.js';
import type { Bag } from './bag.js';
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
import { cellsWithin, distanceKmBetween } from './geo.js';
import { SCORE_WEIGHTS } from './hit.js';
import type { Ranked } from './page.js';
import { firstSessionMemo } from './session-cache.js';
import { SEVERAL, type SlotTable } from './slot-table.js';
import { STATUS_CODES } from './status-codes.js';

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
}

/** The worked-out entry of a slot, for criteria the columns do not hold. */
export type EntryOf = (slot: number) => IndexedService;

/** The first session of a shape in the query window (remembered on the shared schedule). */
function shapeSession(t: SlotTable, shape: number, ctx: QueryContext): RawSession | undefined {
  const p = t.shapes.prepared[shape];
  if (p === undefined) return undefined;
  const from = ctx.windowFromMs;
  const until = ctx.windowUntilMs;
  const range = rangeFor(ctx, ctx.windowRanges, p.schedule.timeZone, from, until);
  return firstSessionMemo(ctx.clock, p, from, until, ctx.holidays, ctx.holidayKey, range, WINDOW);
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

/** The start of a slot's first session in the query window (NaN: none), without allocating. */
function windowStart(t: SlotTable, slot: number, ctx: QueryContext): number {
  const shape = t.shape[slot] as number;
  if (shape === SEVERAL) return slotSession(t, slot, ctx)?.raw.startMs ?? Number.NaN;
  if (shape < 0) return Number.NaN;
  return shapeSession(t, shape, ctx)?.startMs ?? Number.NaN;
}

/** Marks one slot reached; counts repeat visits (one per query term held). */
function reach(t: SlotTable, slot: number, gen: number, out: number[]): void {
  if (t.marks[slot] === gen) t.counts[slot] = (t.counts[slot] as number) + 1;
  else {
    t.marks[slot] = gen;
    t.counts[slot] = 1;
    out.push(slot);
  }
}

/** Marks the slots of one posting. */
function visit(t: SlotTable, bag: Bag | undefined, gen: number, out: number[]): void {
  if (bag === undefined) return;
  if (typeof bag === 'number') reach(t, bag, gen, out);
  else if (Array.isArray(bag))
    for (let i = 0; i < bag.length; i += 1) reach(t, bag[i] as number, gen, out);
  else for (const slot of bag) reach(t, slot, gen, out);
}

/**
 * Answers a distance query from the columns: the cells near the point give the candidates
 * (by term within a cell when the query has terms, counting the terms each holds); each is
 * ruled out or scored from its row (tenant, status, point, terms counted, the shared
 * schedule's remembered session) without reading the record; services with several points
 * or an unknown status go through the shared matcher. Gives exactly the matches and scores
 * `match` gives. Returns `undefined` for queries it does not cover (no point, free text,
 * open now, remote services, a huge radius).
 */
export function searchSlots(
  t: SlotTable,
  ctx: QueryContext,
  entryOf: EntryOf,
): Found[] | undefined {
  const q = ctx.query;
  const near = q.near;
  if (near === undefined || near.includeRemote || ctx.textTokens.length > 0 || q.openNow) {
    return undefined;
  }
  const cells = cellsWithin(near.point, near.radiusKm);
  if (cells.length > MAX_CELLS) return undefined;
  const tenant = t.tenantNumber(q.tenantId);
  if (tenant < 0) return [];
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
  const n = ctx.termKeys.length;
  const all = q.termsMatch === 'all';
  const termNumbers = ctx.termKeys.map((k) => t.termNumber(k));
  const gen = t.nextGeneration();
  const reached: number[] = [];
  for (const c of cells) {
    const cell = t.cells.get(c);
    if (cell === undefined) continue;
    if (n === 0) visit(t, cell.all.get(0), gen, reached);
    else for (const term of termNumbers) visit(t, cell.byTerm.get(term), gen, reached);
  }
  const { latitude, longitude } = near.point;
  const radius = near.radiusKm;
  const { lat: lats, lon: lons, status: statuses, counts, services } = t;
  const out: Found[] = [];
  for (const slot of reached) {
    if (t.tenant[slot] !== tenant) continue;
    const service = services[slot] as Service;
    const lat = lats[slot] as number;
    const status = statuses[slot] as number;
    if (Number.isNaN(lat) || status < 0) {
      const m = match(entryOf(slot), ctx);
      if (m) out.push({ service, slot, score: m.score, distanceKm: m.distanceKm, match: m });
      continue;
    }
    if (((statusMask >>> status) & 1) === 0) continue;
    const count = counts[slot] as number;
    if (all && count < n) continue;
    if (Math.abs(lat - latitude) * 110 > radius + 1) continue;
    const distance = distanceKmBetween(latitude, longitude, lat, lons[slot] as number);
    if (!(distance <= radius)) continue;
    if (serviceFilters && !passesServiceFilters(service, ctx)) continue;
    if (accessibility && !passesFilters(entryOf(slot), ctx)) continue;
    const start = windowStart(t, slot, ctx);
    if (q.sessionBetween && Number.isNaN(start)) continue;
    const rel = n === 0 ? 1 : count / n;
    const proximity = 1 / (1 + distance / 5);
    const soonness = Number.isNaN(start) ? 0 : 1 / (1 + Math.max(0, start - ctx.nowMs) / DAY_MS);
    const score =
      SCORE_WEIGHTS.relevance * rel +
      SCORE_WEIGHTS.proximity * proximity +
      SCORE_WEIGHTS.soonness * soonness;
    out.push({ service, slot, score, distanceKm: distance, match: undefined });
  }
  return out;
}
