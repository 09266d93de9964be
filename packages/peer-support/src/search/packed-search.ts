import type { QueryContext } from './context.js';
import type { IndexedService } from './entry.js';
import { match, passesFilters, rangeFor, WINDOW } from './evaluate.js';
import { cellsWithin, distanceKmBetween } from './geo.js';
import { SCORE_WEIGHTS } from './hit.js';
import {
  LAT,
  LON,
  MEMO_BEFORE,
  MEMO_FROM,
  MEMO_START,
  MEMO_UNTIL_MAX,
  type PackedServices,
  ROW,
  STATUS,
  STATUS_CODES,
} from './packed.js';
import { firstSessionMemo } from './session-cache.js';

const DAY_MS = 86_400_000;
/** Above this many grid cells a distance query is not worth answering from the grid. */
const MAX_CELLS = 4096;

/** A service that matched, with its ranking score; the hit is written only if it is paged. */
export interface Ranked {
  readonly entry: IndexedService;
  readonly score: number;
}

/**
 * The earliest start of a session of `e` in the query window (NaN: none), remembered in the
 * row with the range of windows it holds for (see `firstSessionMemo`, which it combines).
 */
function windowStart(p: PackedServices, r: number, e: IndexedService, ctx: QueryContext): number {
  const rows = p.rows;
  const from = ctx.windowFromMs;
  const until = ctx.windowUntilMs;
  if (
    from >= (rows[r + MEMO_FROM] as number) &&
    from < (rows[r + MEMO_BEFORE] as number) &&
    until <= (rows[r + MEMO_UNTIL_MAX] as number)
  ) {
    const start = rows[r + MEMO_START] as number;
    return start < until ? start : Number.NaN;
  }
  let start = Number.NaN;
  let before = Infinity;
  let untilMax = Infinity;
  for (const s of e.schedules) {
    const range = rangeFor(ctx, ctx.windowRanges, s.schedule.timeZone, from, until);
    const raw = firstSessionMemo(
      ctx.clock,
      s,
      from,
      until,
      ctx.holidays,
      ctx.holidayKey,
      range,
      WINDOW,
    );
    if (raw === undefined) untilMax = until;
    else {
      if (!(raw.startMs >= start)) start = raw.startMs;
      if (raw.endMs < before) before = raw.endMs;
    }
  }
  rows[r + MEMO_FROM] = from;
  rows[r + MEMO_BEFORE] = before;
  rows[r + MEMO_UNTIL_MAX] = untilMax;
  rows[r + MEMO_START] = start;
  return start;
}

/** Marks the slots in the query's (term, cell) or cell postings; returns them once each. */
function reach(p: PackedServices, ctx: QueryContext, cells: readonly string[]): number[] {
  const gen = p.nextGeneration();
  const { marks, counts } = p;
  const out: number[] = [];
  const visit = (set: ReadonlySet<number> | undefined) => {
    if (set === undefined) return;
    for (const slot of set) {
      if (marks[slot] === gen) counts[slot] = (counts[slot] as number) + 1;
      else {
        marks[slot] = gen;
        counts[slot] = 1;
        out.push(slot);
      }
    }
  };
  if (ctx.termKeys.length === 0) for (const c of cells) visit(p.cells.get(c));
  else for (const t of ctx.termKeys) for (const c of cells) visit(p.termCells.get(`${t}@${c}`));
  return out;
}

/**
 * Answers a distance query from the packed rows: each candidate is ruled out or scored from its
 * row (point, status, terms counted in the postings, remembered next session) without reading
 * the service; services with several points, and filters the row does not hold, go through the
 * shared matcher. Gives exactly the matches and scores `match` gives. Returns `undefined` for
 * queries it does not cover (no point, free text, open now, remote services, huge radius).
 */
export function searchPacked(p: PackedServices, ctx: QueryContext): Ranked[] | undefined {
  const q = ctx.query;
  const near = q.near;
  if (near === undefined || near.includeRemote || ctx.textTokens.length > 0 || q.openNow) {
    return undefined;
  }
  const cells = cellsWithin(near.point, near.radiusKm);
  if (cells.length > MAX_CELLS) return undefined;
  if (ctx.holidayKey !== p.holidayKey) p.forgetSessions(ctx.holidayKey);
  let statusMask = 0;
  for (const s of ctx.statuses) {
    const code = STATUS_CODES.indexOf(s);
    if (code >= 0) statusMask |= 1 << code;
  }
  const filters =
    q.freeOnly !== undefined ||
    q.placesAvailable !== undefined ||
    q.deliveryModes !== undefined ||
    q.languages !== undefined ||
    q.accessibility !== undefined;
  const n = ctx.termKeys.length;
  const all = q.termsMatch === 'all';
  const { latitude, longitude } = near.point;
  const radius = near.radiusKm;
  const { rows, counts, entries } = p;
  const out: Ranked[] = [];
  for (const slot of reach(p, ctx, cells)) {
    const e = entries[slot] as IndexedService;
    if (e.service.tenantId !== q.tenantId) continue;
    const r = slot * ROW;
    const lat = rows[r + LAT] as number;
    const status = rows[r + STATUS] as number;
    if (Number.isNaN(lat) || status < 0) {
      const m = match(e, ctx);
      if (m) out.push(m);
      continue;
    }
    if (((statusMask >>> status) & 1) === 0) continue;
    const count = counts[slot] as number;
    if (all && count < n) continue;
    if (Math.abs(lat - latitude) * 110 > radius + 1) continue;
    const distance = distanceKmBetween(latitude, longitude, lat, rows[r + LON] as number);
    if (!(distance <= radius)) continue;
    if (filters && !passesFilters(e, ctx)) continue;
    const start = windowStart(p, r, e, ctx);
    if (q.sessionBetween && Number.isNaN(start)) continue;
    const rel = n === 0 ? 1 : count / n;
    const proximity = 1 / (1 + distance / 5);
    const soonness = Number.isNaN(start) ? 0 : 1 / (1 + Math.max(0, start - ctx.nowMs) / DAY_MS);
    const score =
      SCORE_WEIGHTS.relevance * rel +
      SCORE_WEIGHTS.proximity * proximity +
      SCORE_WEIGHTS.soonness * soonness;
    out.push({ entry: e, score });
  }
  return out;
}
