import { copdReview } from '@livewell/care-plan';
import {
  isScoredAssessment,
  type Referral,
  type ScoredAssessment,
  sessionPlacesId,
} from '@livewell/core';
import { danglingReferences } from '@livewell/fhir';
import { overdueTasks, taskIdFor } from '@livewell/worklist';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/report/html.js';
import { REPORT_AT, type SimulationResult, simulate } from '../src/simulate.js';
import { listAll } from '../src/steps/cohort.js';
import { personBundles } from '../src/steps/fhir-export.js';
import { type DemoStore, openDemoStore } from '../src/store.js';
import { PRACTICE, staff } from '../src/world.js';
import { practiceYearChecks } from './practice-year.checks.js';

const silent = { tick() {}, done() {} };

describe('the GP-practice demo on PGlite', () => {
  let demo: DemoStore;
  let result: SimulationResult;

  beforeAll(async () => {
    demo = await openDemoStore('');
    result = await simulate(demo.store, {
      registerSize: 48,
      reviews: 3,
      progress: () => silent,
      log: () => {},
    });
  }, 240_000);

  afterAll(async () => {
    await demo?.close();
  });

  const practice = () => demo.store.forTenant(PRACTICE);

  it('reports the register and plans that are stored', async () => {
    const people = await listAll((p) => practice().people.list(p));
    const plans = await listAll((p) => practice().carePlans.list(p));
    expect(result.report.people).toBe(people.length);
    expect(people.length).toBe(48);
    const byState: Record<string, number> = {};
    for (const { record } of plans) byState[record.state] = (byState[record.state] ?? 0) + 1;
    expect(result.report.plansByState).toEqual(byState);
    // One plan was revised into a version that replaces it.
    expect(byState.superseded).toBe(1);
    expect(plans.some(({ record }) => record.replaces !== undefined && record.revision === 2)).toBe(
      true,
    );
  });

  it('reports the activation distribution of the latest stored PAM per person', async () => {
    const assessments = await listAll((p) => practice().assessments.list(p));
    const latest = new Map<string, ScoredAssessment>();
    for (const a of assessments
      .filter(isScoredAssessment)
      .filter((x) => x.instrument.id === 'pam-13')) {
      const seen = latest.get(a.personId);
      if (!seen || seen.completedAt <= a.completedAt) latest.set(a.personId, a);
    }
    const counts = [1, 2, 3, 4].map(
      (level) => [...latest.values()].filter((a) => a.level === level).length,
    );
    expect(result.report.activation.people).toBe(latest.size);
    expect(result.report.activation.distribution.map((d) => d.count)).toEqual(counts);
    const low = counts[0]! + counts[1]!;
    expect(result.report.activation.shareAtLevels1And2).toBeCloseTo((low / latest.size) * 100, 1);
    // Every stored PAM result keeps the licensed scorer's provenance.
    for (const a of latest.values()) expect(a.provenance.kind).toBe('licensed-scorer');
  });

  it('reports referrals by their stored status and the funnel from their history', async () => {
    const referrals: Referral[] = (await listAll((p) => practice().referrals.list(p))).map(
      (v) => v.record,
    );
    const byStatus: Record<string, number> = {};
    for (const r of referrals) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    expect(result.report.referralsByStatus).toEqual(byStatus);
    const made = result.report.referralFunnel.find((f) => f.stage === 'made')?.count;
    expect(made).toBe(referrals.length);
    const accepted = referrals.filter((r) => r.history.some((h) => h.status === 'accepted'));
    expect(accepted.every((r) => r.codes.some((c) => c.code === '871731000000106'))).toBe(true);
  });

  it('counts plans due for review and open safety flags from storage', async () => {
    const plans = (await listAll((p) => practice().carePlans.list(p))).map((v) => v.record);
    const due = plans.filter(
      (p) =>
        (p.state === 'active' || p.state === 'paused') &&
        p.reviewDate !== undefined &&
        p.reviewDate <= REPORT_AT.slice(0, 10),
    );
    expect(result.report.plansDueForReview).toBe(due.length);
    const assessments = await listAll((p) => practice().assessments.list(p));
    const flagged = assessments.filter((a) => a.flags.some((f) => f.severity === 'urgent'));
    expect(flagged.length).toBeGreaterThan(0);
    expect(result.report.safetyFlagsRaised).toBe(flagged.length);
    // Every urgent flag has its stored task, acknowledged and closed by the GP.
    const tasks = (await listAll((p) => practice().tasks.list(p))).map((v) => v.record);
    for (const a of flagged) {
      const task = tasks.find((t) => t.id === taskIdFor(a.id, 'phq9-item9-positive'));
      expect(task?.status).toBe('done');
      expect(task?.history.map((h) => h.status)).toEqual(['open', 'acknowledged', 'done']);
    }
    expect(result.report.safetyFlagsOpen).toBe(0);
  });

  it('reports the overdue worklist tasks found in storage', async () => {
    const tasks = (await listAll((p) => practice().tasks.list(p))).map((v) => v.record);
    const overdue = overdueTasks(tasks, REPORT_AT);
    expect(overdue.length).toBeGreaterThan(0);
    expect(result.report.overdueTasks.map((t) => t.title)).toEqual(overdue.map((t) => t.title));
    expect(result.report.tasksByStatus.done).toBe(result.report.safetyFlagsRaised);
  });

  it('writes a self-contained HTML report with both charts', () => {
    const html = renderHtml(result.report, result.story, 'PGlite');
    expect(html).toContain('<svg');
    expect(html).toContain('Activation level distribution');
    expect(html).toContain('Referral funnel');
    expect(html).not.toMatch(/<(script|link)\b/);
    expect(html).toContain(`${result.report.activation.shareAtLevels1And2}%`);
  });

  it("speaks in words people use and gives each chart's data as a table", () => {
    const html = renderHtml(result.report, result.story, 'PGlite');
    expect(html).not.toMatch(/gpAppointments|aeAttendances|goals:|rejected:/);
    const headers = [...html.matchAll(/<th(?: scope="row")?>([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(headers.filter((h) => /^[a-z]+(-[a-z]+)+$/.test(h ?? ''))).toEqual([]);
    expect(html).toContain('Activation level distribution: the chart as a table');
    expect(html).toContain('Referral funnel: the chart as a table');
    for (const d of result.report.activation.distribution) {
      expect(html).toContain(`<tr><th scope="row">Level ${d.level}</th><td>${d.count}</td></tr>`);
    }
  });
  it('exports each person as a self-contained FHIR transaction Bundle: 0 dangling references', async () => {
    const bundles = await personBundles(practice());
    expect(bundles).toHaveLength(48);
    const types = new Set(
      bundles.flatMap((b) => (b.entry ?? []).map((e) => e.resource?.resourceType)),
    );
    for (const t of [
      'Practitioner',
      'PractitionerRole',
      'HealthcareService',
      'Organization',
      'ServiceRequest',
    ]) {
      expect(types).toContain(t);
    }
    expect(bundles.flatMap((b) => danglingReferences(b))).toEqual([]);
  }, 120_000);
  describe("the person's journey, deeper (issue 17)", () => {
    it('a COPD plan started from the template, with a SMART goal measured at check-ins and shown at review', async () => {
      const { record: plan } = await practice().carePlans.get(result.journey.planId);
      expect(plan.state).toBe('active');
      const descriptions = plan.goals.map((g) => g.description);
      for (const g of copdReview.usualGoals) expect(descriptions).toContain(g.description);
      const smart = plan.goals.find((g) => g.measure?.what === 'MRC breathlessness grade');
      expect(smart?.measure).toMatchObject({ baseline: 4, target: 2 });
      const action = plan.actionPlans.find((a) => a.goalId === smart?.id);
      // The smaller step suggested for confidence 5 at level 2, then rated 8.
      expect(action).toMatchObject({
        howMuch: '12 minutes',
        howOften: '3 days a week',
        confidence: 8,
      });
      expect(action?.checkIns.map((c) => c.measurement?.value)).toEqual([4, 3]);
      const progress = plan.reviews.at(-1)?.goalProgress ?? [];
      expect(progress.find((p) => p.goalId === smart?.id)).toMatchObject({
        direction: 'towards',
        percentOfWay: 50,
        reached: false,
      });
      // The template's smoking goal is measured too, but has no check-in yet.
      expect(progress.map((p) => p.direction)).toContain('not-measured');
    });

    it('the café referral booked a place, completed with ONS4 start and end, and a message back', async () => {
      const { record: referral } = await practice().referrals.get(result.journey.referralId);
      expect(referral.status).toBe('completed');
      const measures = referral.outcome?.measures ?? [];
      expect(measures.map((m) => [m.score, m.start.value, m.end.value])).toEqual([
        ['life-satisfaction', 4, 7],
        ['worthwhile', 5, 7],
        ['happiness', 4, 8],
        ['anxiety', 7, 3],
      ]);
      const assessments = (await listAll((p) => practice().assessments.list(p))).filter(
        (a) => a.instrument.id === 'ons4',
      );
      expect(assessments.map((a) => a.id).sort()).toEqual(
        [result.journey.ons4.start, result.journey.ons4.end].sort(),
      );
      expect(measures.every((m) => m.start.assessmentId === result.journey.ons4.start)).toBe(true);
      // The ledger: 60 a night, one place booked by the referral and 41 drop-ins.
      const { record: cafe } = await practice().services.get(result.journey.cafeId);
      expect(cafe.capacity?.placesPerSession).toBe(60);
      expect(cafe.capacity?.available).toBe(18);
      expect(result.journey.placesFreeAfter).toBe(18);
      const { record: places } = await practice().sessionPlaces.get(
        sessionPlacesId(result.journey.booked),
      );
      expect(places.capacity).toBe(60);
      expect(places.bookings).toEqual([
        { bookingId: result.journey.referralId, source: 'referral', places: 1 },
      ]);
      expect(places.dropIns).toBe(41);
      // The message back goes to the referrer and the GP.
      expect(result.journey.message.to).toEqual([referral.referrer, staff.gp.actor]);
      expect(result.journey.message.measures.every((m) => m.direction === 'improved')).toBe(true);
    });
  });
  practiceYearChecks(
    () => result,
    () => practice(),
  );
});
