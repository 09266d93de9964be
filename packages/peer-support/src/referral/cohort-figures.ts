import type { Coding, RecordId, Referral } from '@livewell/core';
import { measureChange } from './outcome-summary.js';

/** How many referrals named a need, and how many of them completed (with an outcome). */
export interface NeedCount {
  readonly need: Coding;
  readonly referrals: number;
  readonly completed: number;
  readonly withOutcome: number;
}

/** The change of one outcome score over a group of completed referrals. */
export interface OutcomeChange {
  readonly instrumentId: string;
  readonly score: string;
  /** Referrals with both readings. */
  readonly n: number;
  /** Mean change signed so that positive is better. */
  readonly meanImprovement: number;
  readonly improved: number;
  readonly worsened: number;
  readonly unchanged: number;
}

/** Cohort figures: referrals by need, and outcome change by need and by service. */
export interface ReferralCohortFigures {
  readonly byNeed: readonly NeedCount[];
  readonly outcomeByNeed: readonly (OutcomeChange & { readonly need: Coding })[];
  readonly outcomeByService: readonly (OutcomeChange & { readonly serviceId: RecordId })[];
}

const needKey = (c: Coding) => `${c.system}|${c.code}`;

interface Tally {
  instrumentId: string;
  score: string;
  improvements: number[];
}

function summarise(t: Tally): OutcomeChange {
  const n = t.improvements.length;
  const sum = t.improvements.reduce((a, b) => a + b, 0);
  return {
    instrumentId: t.instrumentId,
    score: t.score,
    n,
    meanImprovement: Math.round((sum / n) * 100) / 100 + 0,
    improved: t.improvements.filter((x) => x > 0).length,
    worsened: t.improvements.filter((x) => x < 0).length,
    unchanged: t.improvements.filter((x) => x === 0).length,
  };
}

function tallyInto<K>(map: Map<string, { key: K; tally: Tally }>, key: K, id: string, r: Referral) {
  for (const m of r.outcome?.measures ?? []) {
    const k = `${id}#${m.instrumentId}#${m.score}`;
    const entry = map.get(k) ?? {
      key,
      tally: { instrumentId: m.instrumentId, score: m.score, improvements: [] },
    };
    entry.tally.improvements.push(measureChange(m).improvement);
    map.set(k, entry);
  }
}

/**
 * Cohort figures over referrals (one tenant's, typically a period's): how many named each need
 * (from the referral's reason) and how many of those completed with an outcome; and, for
 * completed referrals with outcome measures, the mean improvement and the counts improved,
 * worsened and unchanged, by need and by service. Entered-in-error referrals are left out.
 */
export function referralCohortFigures(referrals: readonly Referral[]): ReferralCohortFigures {
  const needs = new Map<
    string,
    { need: Coding; referrals: number; completed: number; withOutcome: number }
  >();
  const byNeed = new Map<string, { key: Coding; tally: Tally }>();
  const byService = new Map<string, { key: RecordId; tally: Tally }>();
  for (const r of referrals) {
    if (r.status === 'entered-in-error') continue;
    const done = r.status === 'completed';
    for (const need of r.reason.needs) {
      const k = needKey(need);
      const count = needs.get(k) ?? { need, referrals: 0, completed: 0, withOutcome: 0 };
      count.referrals += 1;
      if (done) count.completed += 1;
      if (done && r.outcome !== undefined) count.withOutcome += 1;
      needs.set(k, count);
      if (done) tallyInto(byNeed, need, k, r);
    }
    if (done) tallyInto(byService, r.serviceId, r.serviceId, r);
  }
  return {
    byNeed: [...needs.values()].sort((a, b) => b.referrals - a.referrals),
    outcomeByNeed: [...byNeed.values()].map((e) => ({ need: e.key, ...summarise(e.tally) })),
    outcomeByService: [...byService.values()].map((e) => ({
      serviceId: e.key,
      ...summarise(e.tally),
    })),
  };
}
