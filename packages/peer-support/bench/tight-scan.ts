/**
 * The baseline for the search index: the same query answered by a tight loop over every
 * service's packed row (the index's own columns: point, status, tenant, term numbers, schedule
 * shape), with the same rules, scores, sort and page as the index — only without postings. The
 * cheapest, most selective test comes first (the row's latitude against the circle's band, then
 * its longitude against a conservative band), a point is measured on the sphere only when the
 * bands leave it in, and a schedule shape's first session is worked out once per query, as the
 * index does.
 */
import { type GeoPoint, ok, type Service, type ZoneClock } from '@livewell/core';
import { columnHits, readAhead } from '../src/search/column-hit.js';
import { makeContext, type QueryContext } from '../src/search/context.js';
import { passesServiceFilters, toHit } from '../src/search/evaluate.js';
import { distanceKmBetween } from '../src/search/geo.js';
import { SCORE_WEIGHTS } from '../src/search/hit.js';
import type { DirectoryRecords } from '../src/search/linear.js';
import { pageOf } from '../src/search/page.js';
import type { SearchQuery } from '../src/search/query.js';
import { ScheduleShapes } from '../src/search/schedule-shapes.js';
import { type Found, slotSession, windowStart } from '../src/search/slot-search.js';
import { SlotTable, TERMS } from '../src/search/slot-table.js';
import { STATUS_CODES } from '../src/search/status-codes.js';
import { TopMatches } from '../src/search/top-matches.js';

const DAY_MS = 86_400_000;
const RAD = Math.PI / 180;

/** Packs a directory into the index's columns (the same data the index queries). */
export function packDirectory(records: DirectoryRecords): SlotTable {
  const table = new SlotTable(new ScheduleShapes());
  const points = new Map<string, GeoPoint>();
  for (const l of records.locations ?? []) {
    if (l.address.point) points.set(`${l.tenantId}/${l.id}`, l.address.point);
  }
  // In bulk, as the index builds: cell rows laid out once at the end (row by row, a million
  // services took minutes).
  table.deferCells();
  for (const s of records.services) {
    const at = s.locations.flatMap((sal) => {
      const p = points.get(`${s.tenantId}/${sal.locationId}`);
      return p ? [p] : [];
    });
    table.add(s, at);
  }
  table.linkDeferred();
  return table;
}

/**
 * Every row tested in turn (single-point services with a known status: the synthetic
 * directory's whole shape); the matches the index finds, with the same scores.
 */
export function tightScan(t: SlotTable, ctx: QueryContext): Found[] {
  const q = ctx.query;
  const near = q.near;
  if (near === undefined) throw new Error('the tight scan answers distance queries only');
  const tenant = t.tenantNumber(q.tenantId);
  let statusMask = 0;
  for (const s of ctx.statuses) statusMask |= 1 << STATUS_CODES.indexOf(s);
  const filters = q.freeOnly !== undefined || q.placesAvailable !== undefined;
  const wanted = ctx.termKeys.map((k) => t.termNumber(k));
  const n = wanted.length;
  const all = q.termsMatch === 'all';
  const window = q.sessionBetween !== undefined;
  const { latitude, longitude } = near.point;
  const radius = near.radiusKm;
  // Bands no point in the circle lies outside (110 km per degree is below the sphere's 111.2):
  // north–south, and east–west at the band's latitude farthest from the equator (only for a
  // band of at most 10° that does not cross the antimeridian: there sin(x) ≥ 0.9987x holds).
  const latBand = (radius + 1) / 110;
  const farLat = Math.min(89.9, Math.abs(latitude) + latBand);
  const lonSpan = (radius + 1) / (110 * Math.cos(farLat * RAD));
  const lonBand = lonSpan <= 10 && Math.abs(longitude) + lonSpan < 180 ? lonSpan : 360;
  const holidays = t.windows.keyNumber(ctx.holidayKey);
  t.windows.windowGeneration(ctx.windowFromMs, ctx.windowUntilMs, holidays);
  const { lat, lon, status, terms, termCount, services, tenant: tenants, shape } = t;
  const out: Found[] = [];
  const rows = services.length;
  for (let slot = 0; slot < rows; slot += 1) {
    const la = lat[slot] as number;
    if (!(Math.abs(la - latitude) <= latBand)) continue;
    const lo = lon[slot] as number;
    if (!(Math.abs(lo - longitude) <= lonBand)) continue;
    if (tenants[slot] !== tenant) continue;
    const code = status[slot] as number;
    if (code < 0 || ((statusMask >>> code) & 1) === 0) continue;
    let count = 0;
    if (n > 0) {
      const base = slot * TERMS;
      const held = termCount[slot] as number;
      for (let i = 0; i < held; i += 1) {
        const term = terms[base + i] as number;
        for (let j = 0; j < n; j += 1) if (wanted[j] === term) count += 1;
      }
      if (count === 0 || (all && count < n)) continue;
    }
    const distance = distanceKmBetween(latitude, longitude, la, lo);
    if (!(distance <= radius)) continue;
    const service = services[slot] as Service;
    if (filters && !passesServiceFilters(service, ctx)) continue;
    const start = windowStart(t, slot, shape[slot] as number, ctx, holidays);
    if (window && Number.isNaN(start)) continue;
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

/** The first page of 20 for `query` from {@link tightScan}, written as the index writes its pages. */
export function tightScanPage(t: SlotTable, query: SearchQuery, now: string, clock: ZoneClock) {
  const made = makeContext(query, { now, limit: 20 }, clock);
  if (!made.ok) throw new Error(made.error.message);
  const ctx = made.value;
  // The page cut and written as the index's: the best (plus one) kept as matches come, the
  // page's columns read ahead, hits from the columns (the records only when they cannot).
  const found = tightScan(t, ctx);
  const top = new TopMatches<Found>(ctx.limit + 1, undefined);
  for (const f of found) top.offer(f);
  readAhead(t, top.kept);
  const fromColumns = columnHits(t, ctx);
  return ok(
    pageOf(
      found.length,
      top.kept,
      ctx.limit,
      (f) =>
        fromColumns(f) ??
        toHit(
          {
            service: f.service,
            score: f.score,
            distanceKm: f.distanceKm,
            session: slotSession(t, f.slot, ctx),
          },
          ctx,
        ),
    ),
  );
}
