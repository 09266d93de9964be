import type { Coding, Service } from '@livewell/core';
import type { RawSession } from '../schedule/session.js';
import type { QueryContext } from './context.js';
import { type IndexedService, scheduleAt } from './entry.js';
import { distanceKm } from './geo.js';
import { SCORE_WEIGHTS, type SearchHit, type SearchReason } from './hit.js';
import { instantOf } from './instant-memo.js';
import {
  FREE_REASON,
  reasons as memo,
  NEVER_VERIFIED_REASON,
  NO_SESSION_REASON,
  OPEN_NOW_REASON,
} from './reasons.js';
import { type ChunkRange, chunkRange, firstSessionMemo } from './session-cache.js';
import { hasPrefix } from './text.js';
import { dayOf, nextSessionReason } from './words-memo.js';

const DAY_MS = 86_400_000;
/** Memo slots of the two windows a query asks about. */
export const WINDOW = 0;
const OPEN_NOW = 1;

/**
 * A service that passed every criterion, with its score, distance and first session (`index`:
 * the schedule's position in {@link scheduleAt} order); reasons are written later.
 */
export interface Scored {
  readonly service: Service;
  readonly score: number;
  readonly distanceKm: number | undefined;
  readonly session: { readonly raw: RawSession; readonly index: number } | undefined;
}

/** A {@link Scored} service found by testing its worked-out entry. */
export interface Match extends Scored {
  readonly entry: IndexedService;
}

/** The criteria that need neither place, terms, text nor time (status, cost, language…). */
export function passesFilters(e: IndexedService, ctx: QueryContext): boolean {
  if (!passesServiceFilters(e.service, ctx)) return false;
  return !ctx.query.accessibility?.some((a) => !e.accessibility.has(a));
}

/** {@link passesFilters} less accessibility (which needs the service's locations too). */
export function passesServiceFilters(s: Service, ctx: QueryContext): boolean {
  const q = ctx.query;
  if (s.tenantId !== q.tenantId) return false;
  if (!ctx.statuses.has(s.status)) return false;
  if (q.freeOnly && s.cost.kind !== 'free') return false;
  if (q.placesAvailable && s.capacity !== undefined && s.capacity.available <= 0) return false;
  if (q.deliveryModes?.length && !q.deliveryModes.some((m) => s.deliveryModes.includes(m))) {
    return false;
  }
  if (q.languages?.length && !q.languages.some((l) => s.languages.includes(l))) return false;
  return true;
}

function nearest(e: IndexedService, ctx: QueryContext): number | undefined {
  const near = ctx.query.near;
  if (near === undefined) return undefined;
  let best: number | undefined;
  for (const p of e.points) {
    // A point further north or south than the radius (plus a margin) cannot be in range;
    // skip the trigonometry, but keep a distance so `best` stays an upper bound.
    if (Math.abs(p.latitude - near.point.latitude) * 110 > near.radiusKm + 1) {
      if (best === undefined) best = Number.POSITIVE_INFINITY;
      continue;
    }
    const d = distanceKm(near.point, p);
    if (best === undefined || d < best) best = d;
  }
  return best;
}

/** The chunk range of a window in a zone, worked out once per query (by zone). */
export function rangeFor(
  ctx: QueryContext,
  ranges: Map<string, ChunkRange>,
  tz: string,
  fromMs: number,
  untilMs: number,
): ChunkRange {
  let range = ranges.get(tz);
  if (range === undefined) {
    range = chunkRange(ctx.clock, tz, fromMs, untilMs);
    ranges.set(tz, range);
  }
  return range;
}

function firstSession(
  e: IndexedService,
  ctx: QueryContext,
  fromMs: number,
  untilMs: number,
  ranges: Map<string, ChunkRange>,
  slot: number,
) {
  let best: RawSession | undefined;
  let index = -1;
  for (let i = 0; i < e.schedules.length; i += 1) {
    const p = e.schedules[i] as IndexedService['schedules'][number];
    const range = rangeFor(ctx, ranges, p.schedule.timeZone, fromMs, untilMs);
    const raw = firstSessionMemo(
      ctx.clock,
      p,
      fromMs,
      untilMs,
      ctx.holidays,
      ctx.holidayKey,
      range,
      slot,
    );
    if (raw && (best === undefined || raw.startMs < best.startMs)) {
      best = raw;
      index = i;
    }
  }
  return best === undefined ? undefined : { raw: best, index };
}

function relevance(e: IndexedService, ctx: QueryContext): number | undefined {
  let sum = 0;
  let parts = 0;
  const terms = ctx.termKeys;
  if (terms.length > 0) {
    let matched = 0;
    for (let i = 0; i < terms.length; i += 1) if (e.termKeys.has(terms[i] as string)) matched += 1;
    if (matched === 0 || (ctx.query.termsMatch === 'all' && matched < terms.length)) {
      return undefined;
    }
    sum += matched / terms.length;
    parts += 1;
  }
  if (ctx.textTokens.length > 0) {
    let text = 0;
    for (const t of ctx.textTokens) {
      if (hasPrefix(e.nameTokens, t)) text += 1;
      else if (hasPrefix(e.tokens, t)) text += 0.5;
      else return undefined;
    }
    sum += text / ctx.textTokens.length;
    parts += 1;
  }
  return parts === 0 ? 1 : sum / parts;
}

/**
 * Tests one service against the query and scores it (see `SCORE_WEIGHTS`). Both the index and
 * the linear scan use this, so they can only differ in which services they consider.
 */
export function match(e: IndexedService, ctx: QueryContext): Match | undefined {
  if (!passesFilters(e, ctx)) return undefined;
  const q = ctx.query;
  let proximity = 1;
  const distance = nearest(e, ctx);
  if (q.near) {
    if (distance !== undefined && distance <= q.near.radiusKm) proximity = 1 / (1 + distance / 5);
    else if (e.points.length === 0 && q.near.includeRemote) proximity = 0;
    else return undefined;
  }
  const rel = relevance(e, ctx);
  if (rel === undefined) return undefined;
  if (q.openNow && !firstSession(e, ctx, ctx.nowMs, ctx.nowMs + 1, ctx.nowRanges, OPEN_NOW)) {
    return undefined;
  }
  const session = firstSession(
    e,
    ctx,
    ctx.windowFromMs,
    ctx.windowUntilMs,
    ctx.windowRanges,
    WINDOW,
  );
  if (q.sessionBetween && session === undefined) return undefined;
  const soonness = session ? 1 / (1 + Math.max(0, session.raw.startMs - ctx.nowMs) / DAY_MS) : 0;
  const score =
    SCORE_WEIGHTS.relevance * rel +
    SCORE_WEIGHTS.proximity * proximity +
    SCORE_WEIGHTS.soonness * soonness;
  return { entry: e, service: e.service, score, distanceKm: distance, session };
}

/** The query term key (`termKey`) equal to a coding's, if any (compared without writing it). */
function keyOf(c: Coding, termKeys: readonly string[]): string | undefined {
  const { system, code } = c;
  const length = system.length + 1 + code.length;
  for (let i = 0; i < termKeys.length; i += 1) {
    const key = termKeys[i] as string;
    if (
      key.length === length &&
      key.charCodeAt(system.length) === 124 &&
      key.startsWith(system) &&
      key.endsWith(code)
    ) {
      return key;
    }
  }
  return undefined;
}

/** Adds a `term` reason for each query term a service's codings serve, once per term. */
function termReasons(
  codings: readonly Coding[],
  termKeys: readonly string[],
  seen: string[],
  reasons: SearchReason[],
): void {
  for (let i = 0; i < codings.length; i += 1) {
    const c = codings[i] as Coding;
    const key = keyOf(c, termKeys);
    if (key === undefined || seen.includes(key)) continue;
    seen.push(key);
    reasons.push(memo.term(c.display ?? c.code));
  }
}

/** Writes the hit for a match: the next session and the reasons in words. */
export function toHit(m: Scored, ctx: QueryContext): SearchHit {
  const q = ctx.query;
  const s = m.service;
  const reasons: SearchReason[] = [];
  if (ctx.termKeys.length > 0) {
    const seen: string[] = [];
    termReasons(s.needs, ctx.termKeys, seen, reasons);
    termReasons(s.conditions, ctx.termKeys, seen, reasons);
  }
  if (ctx.textTokens.length > 0)
    reasons.push({ code: 'text', text: `matches '${q.text?.trim()}'` });
  if (q.near && m.distanceKm !== undefined && m.distanceKm <= q.near.radiusKm) {
    reasons.push(memo.distance(m.distanceKm));
  } else if (q.near) {
    reasons.push({ code: 'remote', text: `${s.deliveryModes.join(' or ')} — no travel needed` });
  }
  let nextSession: SearchHit['nextSession'];
  if (m.session) {
    const schedule = scheduleAt(s, m.session.index);
    const { raw } = m.session;
    nextSession = {
      scheduleId: schedule?.id ?? s.id,
      start: instantOf(raw.startMs),
      end: instantOf(raw.endMs),
      date: raw.date,
      opensAt: raw.opensAt,
      kind: raw.kind,
    };
    const tz = schedule?.timeZone ?? 'Europe/London';
    reasons.push(nextSessionReason(raw.startMs, ctx.nowMs, tz, ctx.clock));
  } else reasons.push(NO_SESSION_REASON);
  if (q.openNow) reasons.push(OPEN_NOW_REASON);
  if (s.capacity) reasons.push(memo.places(s.capacity.available));
  if (s.cost.kind === 'free') reasons.push(FREE_REASON);
  const age = s.lastVerified === undefined ? undefined : ctx.nowDay - dayOf(s.lastVerified);
  const stale = age === undefined || age > ctx.maxAgeDays;
  if (stale) reasons.push(age === undefined ? NEVER_VERIFIED_REASON : memo.stale(age));
  if (m.distanceKm === undefined) {
    return nextSession === undefined
      ? { service: s, score: m.score, stale, reasons }
      : { service: s, score: m.score, nextSession, stale, reasons };
  }
  return nextSession === undefined
    ? { service: s, score: m.score, distanceKm: m.distanceKm, stale, reasons }
    : { service: s, score: m.score, distanceKm: m.distanceKm, nextSession, stale, reasons };
}
