/**
 * Step 8 of the story: the clock moves on. Support contacts and check-ins between
 * appointments, follow-up questionnaires, reviews falling due a year on, and one plan revised
 * into a new version that `replaces` the old.
 */

import { assessmentFromScored, phq9, score } from '@livewell/activation';
import { isReviewDue, revisePlan } from '@livewell/care-plan';
import type { CarePlan, CarePlanEvent, IsoInstant, RecordId } from '@livewell/core';
import { addCalendarDays, instantToMs, localDateOf, msToInstant, ok } from '@livewell/core';
import type { Progress } from '../report/terminal.js';
import { contextAt, count, mustSession, type SessionStep, type Sim } from '../sim.js';
import { personActor, staff } from '../world.js';
import type { AssessedPeople } from './assessments.js';
import { importPam, syntheticPamExport } from './assessments.js';
import type { PlannedPerson } from './care-planning.js';

const after = (at: IsoInstant, days: number) => msToInstant(instantToMs(at) + days * 86_400_000);

/** Contacts and check-ins in the months after agreement, recorded as each person's synced session. */
export async function runSupportBetweenAppointments(
  sim: Sim,
  planned: readonly PlannedPerson[],
  progress: Progress,
) {
  for (const p of planned) {
    const contacts = sim.random.int(1, 3);
    const steps: SessionStep[] = [];
    for (let k = 0; k < contacts; k += 1) {
      const at = after(p.conversationAt, 14 + k * 30);
      const kind = sim.random.pick([
        'coaching-call',
        'text',
        'peer-support',
        'rehabilitation',
      ] as const);
      const actor =
        kind === 'peer-support'
          ? staff.linkWorker.actor
          : kind === 'rehabilitation'
            ? staff.nurse.actor
            : staff.coach.actor;
      kind === 'coaching-call' || kind === 'text'
        ? staff.coach.actor
        : personActor(p.entry.person.id);
      steps.push({
        cmd: {
          type: 'record-support-contact',
          kind,
          note: `Between-appointment ${kind.replace('-', ' ')}`,
        },
        now: at,
        actor,
      });
      steps.push({
        cmd: (plan: CarePlan) => ({
          type: 'record-check-in',
          actionPlanId: plan.actionPlans[0]!.id,
          progress: sim.random.pick(['some', 'most', 'all', 'not-started'] as const),
        }),
        now: at,
        actor: personActor(p.entry.person.id),
      });
      count(sim, `support contacts: ${kind}`);
    }
    await mustSession(sim, p.planId, steps);
    progress.tick();
  }
  progress.done();
}

/** Follow-up questionnaires about eight months on: PAM (licensed, imported) and PHQ-9 where the baseline was 10+. */
export async function runFollowUps(
  sim: Sim,
  planned: readonly PlannedPerson[],
  assessed: AssessedPeople,
) {
  const followUpAt = (p: PlannedPerson) => after(p.conversationAt, 240);
  const withPam = planned.filter(
    (p) => assessed.pam.has(p.entry.person.id) && sim.random.chance(0.8),
  );
  await importPam(sim, syntheticPamExport(sim, withPam, followUpAt, 3.5), (personId) =>
    followUpAt(withPam.find((p) => p.entry.person.id === personId)!),
  );
  for (const p of planned) {
    const baseline = assessed.phq.get(p.entry.person.id);
    if (!baseline || baseline.scores.total < 10) continue;
    const target = Math.max(0, baseline.scores.total - sim.random.int(-1, 9));
    const responses = phq9.items.map((item, i) => ({
      itemId: item.id,
      value: i < 8 ? Math.min(3, Math.floor(target / 8) + (i < target % 8 ? 1 : 0)) : 0,
    }));
    const scored = score(phq9, responses);
    if (!scored.ok) throw new Error(`demo: follow-up unscorable: ${scored.error.message}`);
    const assessment = assessmentFromScored(scored.value, {
      id: sim.ids('assessment'),
      tenantId: sim.practice.tenantId,
      personId: p.entry.person.id,
      completedAt: followUpAt(p),
      responses,
      recordedBy: staff.nurse.actor,
    });
    if (!assessment.ok) throw new Error(assessment.error.message);
    await sim.practice.assessments.append(assessment.value);
    count(sim, 'PHQ-9 follow-ups');
  }
}

/**
 * A year on (`now`), reviews fall due. The nurse reviews the first `reviewCount` due plans:
 * most continue with a new review date; the first is revised into a new version.
 */
export async function runReviews(
  sim: Sim,
  planned: readonly PlannedPerson[],
  now: IsoInstant,
  reviewCount: number,
) {
  let reviewed = 0;
  for (const p of planned) {
    if (reviewed >= reviewCount) break;
    const { record: plan } = await sim.practice.carePlans.get(p.planId);
    if (!isReviewDue(plan, now, sim.timeZone)) continue;
    reviewed += 1;
    const nurse = staff.nurse.actor;
    const reviewAt = after(now, reviewed);
    const nextReview = addCalendarDays(localDateOf(reviewAt, sim.timeZone), 365);
    await mustSession(sim, p.planId, [
      {
        cmd: { type: 'book-review', start: reviewAt },
        now: after(now, -7),
        actor: staff.reception.actor,
      },
      { cmd: { type: 'start-review', kind: 'planned' }, now: reviewAt, actor: nurse },
    ]);
    if (reviewed > 1) {
      await mustSession(sim, p.planId, [
        { cmd: { type: 'continue-plan', reviewDate: nextReview }, now: reviewAt, actor: nurse },
      ]);
      count(sim, 'reviews: plan continued');
      continue;
    }
    // Revise: supersede this version and start the next one atomically, then agree it.
    const nextId = await sim.practice.transaction(async (tx) => {
      let next: { plan: CarePlan; events: readonly CarePlanEvent[] } | undefined;
      const superseded = await tx.carePlans.update(p.planId, (current) => {
        const r = revisePlan(current, contextAt(sim, reviewAt, nurse));
        if (!r.ok) return r;
        next = r.value.next;
        return ok(r.value.superseded);
      });
      if (!superseded.ok || !next) throw new Error('demo: revision refused');
      await tx.carePlans.create(next.plan, next.events);
      return next.plan.id as RecordId;
    });
    await mustSession(sim, nextId, [
      {
        cmd: {
          type: 'set-goal',
          description: 'Swim twice a week now the walking is going well',
          domain: 'biological',
          owner: 'person',
        },
        now: reviewAt,
        actor: personActor(p.entry.person.id),
      },
      {
        cmd: (plan) => ({
          type: 'draft-action-plan',
          goalId: plan.goals.at(-1)!.id,
          what: 'Go swimming at the leisure centre',
          howMuch: '20 lengths',
          when: 'Tuesday and Friday mornings',
          howOften: 'twice a week',
          owner: personActor(p.entry.person.id),
          confidence: 8,
        }),
        now: reviewAt,
        actor: nurse,
      },
      { cmd: { type: 'agree-plan', reviewDate: nextReview }, now: reviewAt, actor: nurse },
    ]);
    count(sim, 'reviews: plan revised into a new version');
    sim.story.highlights.push(
      `${p.entry.person.name.given} ${p.entry.person.name.family}: planned review revised the plan — version 2 (${nextId}) replaces ${p.planId}.`,
    );
  }
}
