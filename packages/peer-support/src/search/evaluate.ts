import { msToInstant } from '@livewell/core';
import { daysSinceVerified } from '../freshness/stale.js';
import { rawSessionsBetween } from '../schedule/next-sessions.js';
import type { RawSession, Session } from '../schedule/session.js';
import type { QueryContext } from './context.js';
import { describeDistance, describeStart } from './describe.js';
import type { IndexedService } from './entry.js';
import { distanceKm } from './geo.js';
import { SCORE_WEIGHTS, type SearchHit, type SearchReason } from './hit.js';
import { hasPrefix } from './text.js';

const DAY_MS = 86_400_000;

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
  let best: { raw: RawSession; index: number } | undefined;
  e.schedules.forEach((p, index) => {
    for (const raw of rawSessionsBetween(ctx.clock, p, fromMs, untilMs, ctx.holidays)) {
      if (best === undefined || raw.startMs < best.raw.startMs) best = { raw, index };
      break;
    }
  });
  return best;
}

/**
 * Tests one service against the query; returns its hit (score and reasons) or `undefined`.
 * Both the index and the linear scan use this, so they can only differ in which services
 * they consider.
 */
export function evaluate(e: IndexedService, ctx: QueryContext): SearchHit | undefined {
  if (!passesFilters(e, ctx)) return undefined;
  const q = ctx.query;
  const s = e.service;
  const reasons: SearchReason[] = [];
  const parts: number[] = [];
  if (ctx.termKeys.length > 0) {
    const matched = [...s.needs, ...s.conditions].filter(
      (c, i, all) =>
        ctx.termKeys.includes(`${c.system}|${c.code}`) &&
        all.findIndex((d) => d.system === c.system && d.code === c.code) === i,
    );
    if (matched.length === 0) return undefined;
    if (q.termsMatch === 'all' && matched.length < ctx.termKeys.length) return undefined;
    parts.push(matched.length / ctx.termKeys.length);
    for (const c of matched)
      reasons.push({ code: 'term', text: `serves '${c.display ?? c.code}'` });
  }
  if (ctx.textTokens.length > 0) {
    let sum = 0;
    for (const t of ctx.textTokens) {
      if (hasPrefix(e.nameTokens, t)) sum += 1;
      else if (hasPrefix(e.tokens, t)) sum += 0.5;
      else return undefined;
    }
    parts.push(sum / ctx.textTokens.length);
    reasons.push({ code: 'text', text: `matches '${q.text?.trim() ?? ''}'` });
  }
  let proximity = 1;
  const distance = nearest(e, ctx);
  if (q.near) {
    if (distance !== undefined && distance <= q.near.radiusKm) {
      proximity = 1 / (1 + distance / 5);
      reasons.push({ code: 'distance', text: `${describeDistance(distance)} away` });
    } else if (e.points.length === 0 && q.near.includeRemote) {
      proximity = 0;
      reasons.push({ code: 'remote', text: `${s.deliveryModes.join(' or ')} — no travel needed` });
    } else return undefined;
  }
  if (q.openNow && !firstSession(e, ctx, ctx.nowMs, ctx.nowMs + 1)) return undefined;
  const first = firstSession(e, ctx, ctx.windowFromMs, ctx.windowUntilMs);
  if (q.sessionBetween && first === undefined) return undefined;
  let soonness = 0;
  let nextSession: Session | undefined;
  if (first) {
    const p = e.schedules[first.index];
    const { raw } = first;
    nextSession = {
      scheduleId: p?.schedule.id ?? s.id,
      start: msToInstant(raw.startMs),
      end: msToInstant(raw.endMs),
      date: raw.date,
      opensAt: raw.opensAt,
      kind: raw.kind,
    };
    soonness = 1 / (1 + Math.max(0, raw.startMs - ctx.nowMs) / DAY_MS);
    const tz = p?.schedule.timeZone ?? 'Europe/London';
    reasons.push({
      code: 'next-session',
      text: `next session ${describeStart(raw.startMs, ctx.nowMs, tz)}`,
    });
  } else reasons.push({ code: 'no-upcoming-session', text: 'no session in the next four weeks' });
  if (q.openNow) reasons.push({ code: 'open-now', text: 'open now' });
  if (s.capacity) {
    reasons.push({ code: 'places', text: `${s.capacity.available} places available` });
  }
  if (s.cost.kind === 'free') reasons.push({ code: 'free', text: 'free' });
  const age = daysSinceVerified(s, ctx.now);
  const stale = age === undefined || age > ctx.maxAgeDays;
  if (stale) {
    reasons.push({
      code: 'stale',
      text:
        age === undefined
          ? 'details never verified — check before referring'
          : `details last verified ${age} days ago — check before referring`,
    });
  }
  const relevance = parts.length === 0 ? 1 : parts.reduce((a, b) => a + b, 0) / parts.length;
  const score =
    SCORE_WEIGHTS.relevance * relevance +
    SCORE_WEIGHTS.proximity * proximity +
    SCORE_WEIGHTS.soonness * soonness;
  return {
    service: s,
    score,
    ...(distance === undefined ? {} : { distanceKm: distance }),
    ...(nextSession === undefined ? {} : { nextSession }),
    stale,
    reasons,
  };
}
