import { msToInstant } from '@livewell/core';
import { epochDay } from '../schedule/civil-day.js';
import type { RawSession } from '../schedule/session.js';
import type { QueryContext } from './context.js';
import { describeDistance, describeStart } from './describe.js';
import type { IndexedService } from './entry.js';
import { distanceKm } from './geo.js';
import { SCORE_WEIGHTS, type SearchHit, type SearchReason } from './hit.js';
import { firstSessionBetween } from './session-cache.js';
import { hasPrefix } from './text.js';

const DAY_MS = 86_400_000;

/** A service that passed every criterion, with its score; reasons are written later. */
export interface Match {
  readonly entry: IndexedService;
  readonly score: number;
  readonly distanceKm: number | undefined;
  readonly session: { readonly raw: RawSession; readonly index: number } | undefined;
}

function passesFilters(e: IndexedService, ctx: QueryContext): boolean {
  const q = ctx.query;
  const s = e.service;
  if (q.tenantId !== undefined && s.tenantId !== q.tenantId) return false;
  if (!ctx.statuses.has(s.status)) return false;
  if (q.freeOnly && s.cost.kind !== 'free') return false;
  if (q.placesAvailable && s.capacity !== undefined && s.capacity.available <= 0) return false;
  if (q.deliveryModes?.length && !q.deliveryModes.some((m) => s.deliveryModes.includes(m))) {
    return false;
  }
  if (q.languages?.length && !q.languages.some((l) => s.languages.includes(l))) return false;
  if (q.accessibility?.some((a) => !e.accessibility.has(a))) return false;
  return true;
}

function nearest(e: IndexedService, ctx: QueryContext): number | undefined {
  const point = ctx.query.near?.point;
  if (point === undefined) return undefined;
  let best: number | undefined;
  for (const p of e.points) {
    const d = distanceKm(point, p);
    if (best === undefined || d < best) best = d;
  }
  return best;
}

function firstSession(e: IndexedService, ctx: QueryContext, fromMs: number, untilMs: number) {
  let best: RawSession | undefined;
  let index = -1;
  for (let i = 0; i < e.schedules.length; i += 1) {
    const p = e.schedules[i] as IndexedService['schedules'][number];
    const raw = firstSessionBetween(ctx.clock, p, fromMs, untilMs, ctx.holidays, ctx.holidayKey);
    if (raw && (best === undefined || raw.startMs < best.startMs)) {
      best = raw;
      index = i;
    }
  }
  return best === undefined ? undefined : { raw: best, index };
}

function relevance(e: IndexedService, ctx: QueryContext): number | undefined {
  const parts: number[] = [];
  if (ctx.termKeys.length > 0) {
    let matched = 0;
    for (const k of ctx.termKeys) if (e.termKeys.has(k)) matched += 1;
    if (matched === 0 || (ctx.query.termsMatch === 'all' && matched < ctx.termKeys.length)) {
      return undefined;
    }
    parts.push(matched / ctx.termKeys.length);
  }
  if (ctx.textTokens.length > 0) {
    let sum = 0;
    for (const t of ctx.textTokens) {
      if (hasPrefix(e.nameTokens, t)) sum += 1;
      else if (hasPrefix(e.tokens, t)) sum += 0.5;
      else return undefined;
    }
    parts.push(sum / ctx.textTokens.length);
  }
  return parts.length === 0 ? 1 : parts.reduce((a, b) => a + b, 0) / parts.length;
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
  if (q.openNow && !firstSession(e, ctx, ctx.nowMs, ctx.nowMs + 1)) return undefined;
  const session = firstSession(e, ctx, ctx.windowFromMs, ctx.windowUntilMs);
  if (q.sessionBetween && session === undefined) return undefined;
  const soonness = session ? 1 / (1 + Math.max(0, session.raw.startMs - ctx.nowMs) / DAY_MS) : 0;
  const score =
    SCORE_WEIGHTS.relevance * rel +
    SCORE_WEIGHTS.proximity * proximity +
    SCORE_WEIGHTS.soonness * soonness;
  return { entry: e, score, distanceKm: distance, session };
}

/** Writes the hit for a match: the next session and the reasons in words. */
export function toHit(m: Match, ctx: QueryContext): SearchHit {
  const q = ctx.query;
  const s = m.entry.service;
  const reasons: SearchReason[] = [];
  const seen = new Set<string>();
  for (const c of [...s.needs, ...s.conditions]) {
    const key = `${c.system}|${c.code}`;
    if (!ctx.termKeys.includes(key) || seen.has(key)) continue;
    seen.add(key);
    reasons.push({ code: 'term', text: `serves '${c.display ?? c.code}'` });
  }
  if (ctx.textTokens.length > 0)
    reasons.push({ code: 'text', text: `matches '${q.text?.trim()}'` });
  if (q.near && m.distanceKm !== undefined && m.distanceKm <= q.near.radiusKm) {
    reasons.push({ code: 'distance', text: `${describeDistance(m.distanceKm)} away` });
  } else if (q.near) {
    reasons.push({ code: 'remote', text: `${s.deliveryModes.join(' or ')} — no travel needed` });
  }
  let nextSession: SearchHit['nextSession'];
  if (m.session) {
    const p = m.entry.schedules[m.session.index];
    const { raw } = m.session;
    nextSession = {
      scheduleId: p?.schedule.id ?? s.id,
      start: msToInstant(raw.startMs),
      end: msToInstant(raw.endMs),
      date: raw.date,
      opensAt: raw.opensAt,
      kind: raw.kind,
    };
    const tz = p?.schedule.timeZone ?? 'Europe/London';
    const when = describeStart(raw.startMs, ctx.nowMs, tz, ctx.clock);
    reasons.push({ code: 'next-session', text: `next session ${when}` });
  } else reasons.push({ code: 'no-upcoming-session', text: 'no session in the next four weeks' });
  if (q.openNow) reasons.push({ code: 'open-now', text: 'open now' });
  if (s.capacity)
    reasons.push({ code: 'places', text: `${s.capacity.available} places available` });
  if (s.cost.kind === 'free') reasons.push({ code: 'free', text: 'free' });
  const age = s.lastVerified === undefined ? undefined : ctx.nowDay - epochDay(s.lastVerified);
  const stale = age === undefined || age > ctx.maxAgeDays;
  if (stale) {
    const when = age === undefined ? 'never verified' : `last verified ${age} days ago`;
    reasons.push({ code: 'stale', text: `details ${when} — check before referring` });
  }
  return {
    service: s,
    score: m.score,
    ...(m.distanceKm === undefined ? {} : { distanceKm: m.distanceKm }),
    ...(nextSession === undefined ? {} : { nextSession }),
    stale,
    reasons,
  };
}
