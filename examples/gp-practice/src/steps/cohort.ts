/**
 * Step 9: the closing cohort report. Every figure is read back from storage and computed by
 * the library: activation distribution and share at levels 1–2 (`cohortReport`), meaningful
 * changes (`compareAssessments`), referrals by status, plans due for review (`isReviewDue`),
 * safety tasks still open, and overdue worklist tasks (`overdueTasks`).
 */
import {
  type CohortReport,
  cohortReport,
  compareAssessments,
  type ServiceUse,
} from '@livewell/activation';
import { isReviewDue } from '@livewell/care-plan';
import type {
  ActivationLevel,
  Assessment,
  CarePlan,
  IsoInstant,
  Referral,
  ReferralStatus,
  ScoredAssessment,
  Task,
} from '@livewell/core';
import { isScoredAssessment } from '@livewell/core';
import type { Cursor, Page, TenantStore } from '@livewell/storage';
import { type EscalationLevel, escalationOf, isUnfinished, overdueTasks } from '@livewell/worklist';
import type { Random } from '../random.js';
import { worklistPolicy } from './worklist.js';

/** Reads every page of a listing. */
export async function listAll<T>(
  list: (page: { limit: number; cursor?: Cursor }) => Promise<Page<T>>,
): Promise<T[]> {
  const out: T[] = [];
  let cursor: Cursor | null | undefined;
  do {
    const page: Page<T> = await list(cursor ? { limit: 500, cursor } : { limit: 500 });
    out.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return out;
}

/** The figures of the closing report. */
export interface ClosingReport {
  readonly at: IsoInstant;
  readonly people: number;
  readonly plansByState: Record<string, number>;
  readonly activation: CohortReport;
  readonly changes: readonly {
    instrument: string;
    compared: number;
    meaningfulImprovement: number;
    reliableDeterioration: number;
  }[];
  readonly referralsByStatus: Record<string, number>;
  /** Referrals that ever reached each stage (from their status history). */
  readonly referralFunnel: readonly { stage: ReferralStatus; count: number }[];
  readonly plansDueForReview: number;
  /** Urgent worklist tasks raised from assessment flags, and those not yet done. */
  readonly safetyFlagsRaised: number;
  readonly safetyFlagsOpen: number;
  /** Worklist tasks by status. */
  readonly tasksByStatus: Record<string, number>;
  /** Unfinished tasks past due at the report time, most urgent first (`overdueTasks`). */
  readonly overdueTasks: readonly {
    title: string;
    priority: string;
    dueAt: IsoInstant;
    escalation: EscalationLevel;
  }[];
}

const tally = <T>(items: readonly T[], key: (t: T) => string) => {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
};

/**
 * Synthetic service use for the rates-by-level table: invented from each person's stored level
 * with a gradient of the direction Barker et al. report, purely to exercise the report shape.
 */
export function syntheticServiceUse(
  latest: readonly ScoredAssessment[],
  random: Random,
): ServiceUse[] {
  const poisson = (mean: number) => {
    let k = 0;
    let p = Math.exp(-mean);
    let s = p;
    const u = random.next();
    while (u > s && k < 60) {
      k += 1;
      p *= mean / k;
      s += p;
    }
    return k;
  };
  return latest.map((a) => {
    const factor = 1.25 - 0.12 * ((a.level ?? 2) - 1);
    return {
      personId: a.personId,
      gpAppointments: poisson(6 * factor),
      aeAttendances: poisson(0.5 * factor),
      emergencyAdmissions: poisson(0.25 * factor * factor),
    };
  });
}

/** Builds the closing report at `now` from what is stored for the practice. */
export async function closingReport(
  practice: TenantStore,
  now: IsoInstant,
  random: Random,
): Promise<ClosingReport> {
  const [people, plans, assessments, referrals, taskRows] = await Promise.all([
    listAll((p) => practice.people.list(p)),
    listAll((p) => practice.carePlans.list(p)),
    listAll((p) => practice.assessments.list(p)),
    listAll((p) => practice.referrals.list(p)),
    listAll((p) => practice.tasks.list(p)),
  ]);
  const tasks: Task[] = taskRows.map((v) => v.record);
  const planRecords: CarePlan[] = plans.map((v) => v.record);
  const pam = assessments.filter(isScoredAssessment).filter((a) => a.instrument.id === 'pam-13');
  const latestPam = [...new Map(pam.map((a) => [a.personId, a])).values()];
  const activation = cohortReport(pam, { serviceUse: syntheticServiceUse(latestPam, random) });
  if (!activation.ok) throw new Error(`demo: cohort report refused: ${activation.error.message}`);

  const changes = ['pam-13', 'phq-9'].map((instrument) => {
    const byPerson = new Map<string, Assessment[]>();
    for (const a of assessments.filter((x) => x.instrument.id === instrument)) {
      byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
    }
    let compared = 0;
    let meaningfulImprovement = 0;
    let reliableDeterioration = 0;
    for (const series of byPerson.values()) {
      if (series.length < 2) continue;
      const r = compareAssessments(series[0]!, series.at(-1)!);
      if (!r.ok) continue;
      compared += 1;
      if (r.value.meaningfulImprovement) meaningfulImprovement += 1;
      if (r.value.classification === 'reliable-deterioration') reliableDeterioration += 1;
    }
    return { instrument, compared, meaningfulImprovement, reliableDeterioration };
  });

  const referralRecords: Referral[] = referrals.map((v) => v.record);
  const safety = tasks.filter(
    (t) => t.reason.kind === 'assessment-flag' && t.priority === 'urgent',
  );
  const overdue = overdueTasks(tasks, now);
  return {
    at: now,
    people: people.length,
    plansByState: tally(planRecords, (p) => p.state),
    activation: activation.value,
    changes,
    referralsByStatus: tally(referralRecords, (r) => r.status),
    referralFunnel: FUNNEL.map((stage) => ({
      stage,
      count: referralRecords.filter((r) => r.history.some((h) => h.status === stage)).length,
    })),
    plansDueForReview: planRecords.filter((p) => isReviewDue(p, now)).length,
    safetyFlagsRaised: safety.length,
    safetyFlagsOpen: safety.filter(isUnfinished).length,
    tasksByStatus: tally(tasks, (t) => t.status),
    overdueTasks: overdue.map((t) => ({
      title: t.title,
      priority: t.priority,
      dueAt: t.dueAt,
      escalation: escalationOf(t, now, worklistPolicy),
    })),
  };
}

const FUNNEL: readonly ReferralStatus[] = [
  'made',
  'contacted',
  'accepted',
  'attending',
  'completed',
];

/** Levels in order, for tables and charts. */
export const LEVELS: readonly ActivationLevel[] = [1, 2, 3, 4];
