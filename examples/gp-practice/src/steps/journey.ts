/**
 * The person's journey, deeper (issue 17): a COPD plan started from a template, a SMART goal
 * with measured check-ins shown at review, and a referral to the evening café that books a
 * place on the capacity ledger and completes with ONS4 at start and end and a message back.
 */

import {
  assessmentFromScored,
  ons4,
  ons4ItemIds,
  score,
  suggestSmallerStep,
} from '@livewell/activation';
import {
  applyTemplate,
  copdReview,
  startCarePlan,
  templateReviewDate,
  transition,
} from '@livewell/care-plan';
import {
  type CarePlan,
  type CarePlanCommand,
  type IsoInstant,
  instantToMs,
  msToInstant,
  ok,
  type RecordId,
  type Referral,
  type ReferralCommand,
  type ReferralRecords,
  type ScoredAssessment,
  type Service,
} from '@livewell/core';
import * as peer from '@livewell/peer-support';
import { contextAt, count, mustSession, type Sim } from '../sim.js';
import {
  communityHub,
  personActor,
  recallSystem,
  staff,
  staffMemberships,
  trustedSystems,
} from '../world.js';
import { preparationLetterFor } from './agenda.js';

const after = (at: IsoInstant, days: number) => msToInstant(instantToMs(at) + days * 86_400_000);

/** What the journey left in storage, for the demo test to check. */
export interface JourneyResult {
  readonly planId: RecordId;
  readonly referralId: RecordId;
  readonly cafeId: RecordId;
  readonly booked: peer.SessionRef;
  readonly placesFreeAfter: number;
  readonly ons4: { readonly start: RecordId; readonly end: RecordId };
  readonly message: peer.referral.OutcomeSummary;
}

const COPD = '13645005';

/** Scores and stores one ONS4 questionnaire. */
async function storeOns4(
  sim: Sim,
  personId: Referral['personId'],
  at: IsoInstant,
  [life, worth, happy, anxious]: readonly [number, number, number, number],
): Promise<ScoredAssessment> {
  const responses = [
    { itemId: ons4ItemIds.lifeSatisfaction, value: life },
    { itemId: ons4ItemIds.worthwhile, value: worth },
    { itemId: ons4ItemIds.happiness, value: happy },
    { itemId: ons4ItemIds.anxiety, value: anxious },
  ];
  const scored = score(ons4, responses);
  if (!scored.ok) throw new Error(`demo: ONS4 unscorable: ${scored.error.message}`);
  const assessment = assessmentFromScored(scored.value, {
    id: sim.ids('assessment'),
    tenantId: sim.practice.tenantId,
    personId,
    completedAt: at,
    responses,
    recordedBy: staff.linkWorker.actor,
  });
  if (!assessment.ok) throw new Error(assessment.error.message);
  await sim.practice.assessments.append(assessment.value);
  return assessment.value;
}

const subscale = (a: ScoredAssessment, id: string) =>
  a.scores.subscales.find((s) => s.id === id)?.score ?? 0;

/** The COPD plan: template goals, a SMART goal with a smaller step, check-ins and a review. */
async function copdPlan(sim: Sim, from: IsoInstant): Promise<CarePlan> {
  const entry =
    sim.register.find((e) => e.person.conditions.some((c) => c.code === COPD)) ?? sim.register[0];
  if (!entry) throw new Error('demo: empty register');
  const person = personActor(entry.person.id);
  const started = startCarePlan(
    { tenantId: entry.person.tenantId, personId: entry.person.id, careTeam: entry.careTeam },
    contextAt(sim, from, recallSystem),
  );
  if (!started.ok) throw new Error(started.error.message);
  const planId = started.value.plan.id;
  await sim.practice.carePlans.create(started.value.plan, started.value.events);
  const talk = after(from, 16);
  await mustSession(sim, planId, [
    {
      cmd: { type: 'book-information-gathering', start: after(from, 2) },
      now: from,
      actor: staff.reception.actor,
    },
    { cmd: { type: 'book-conversation', start: talk }, now: from, actor: staff.reception.actor },
    {
      cmd: { type: 'send-preparation', letter: preparationLetterFor(entry.person) },
      now: after(from, 7),
      actor: staff.reception.actor,
    },
  ]);
  // The conversation: the template proposes COPD's usual goals (MRC grade 4 → 2 measured).
  const nurse = contextAt(sim, talk, staff.nurse.actor);
  const applied = await sim.practice.carePlans.update(planId, (plan) => {
    const s = mustStep(plan, { type: 'start-conversation' }, talk, sim);
    const a = applyTemplate(s.plan, copdReview, nurse, { mrc: 4, cigarettes: 10 });
    return a.ok ? ok({ plan: a.value.plan, events: [...s.events, ...a.value.events] }) : a;
  });
  if (!applied.ok) throw new Error(`demo: template refused: ${applied.error.message}`);
  const walkGoal = applied.value.plan.record.goals.find((g) => g.measure?.what.startsWith('MRC'));
  if (!walkGoal) throw new Error('demo: the template proposed no measured goal');
  const draft = {
    goalId: walkGoal.id,
    what: 'Walk to the post box and back',
    howMuch: '20 minutes',
    when: 'after lunch',
    howOften: '5 days a week',
    owner: person,
    confidence: 5,
  };
  const step = suggestSmallerStep({ ...draft, supportNeeded: [] }, 2);
  await mustSession(sim, planId, [
    {
      cmd: { type: 'record-what-matters', text: 'Getting to my allotment again', inOwnWords: true },
      now: talk,
      actor: person,
    },
    { cmd: { type: 'draft-action-plan', ...draft }, now: talk, actor: staff.nurse.actor },
    {
      // Confidence 5: the smaller step suggested from the plan, rated again at 8.
      cmd: (plan) => ({
        type: 'revise-action-plan',
        actionPlanId: plan.actionPlans.at(-1)?.id ?? ('' as RecordId),
        changes: {
          ...step?.changes,
          supportNeeded: [...(step?.changes.supportNeeded ?? [])],
          confidence: 8,
        },
      }),
      now: talk,
      actor: staff.nurse.actor,
    },
    {
      cmd: { type: 'agree-plan', reviewDate: templateReviewDate(copdReview, nurse) },
      now: talk,
      actor: staff.nurse.actor,
    },
  ]);
  // Measured check-ins with the health coach, then an unplanned review that shows progress.
  const actionPlanId = (p: CarePlan) =>
    p.actionPlans.find((a) => a.goalId === walkGoal.id)?.id ?? ('' as RecordId);
  for (const [days, value] of [
    [30, 4],
    [45, 3],
  ] as const) {
    await mustSession(sim, planId, [
      {
        cmd: (p) => ({
          type: 'record-check-in',
          actionPlanId: actionPlanId(p),
          progress: 'most',
          measurement: { value },
        }),
        now: after(talk, days),
        actor: staff.coach.actor,
      },
    ]);
  }
  const reviewAt = after(talk, 50);
  return mustSession(sim, planId, [
    {
      cmd: { type: 'start-review', kind: 'unplanned', reason: 'progress check after rehab' },
      now: reviewAt,
      actor: staff.nurse.actor,
    },
    {
      cmd: {
        type: 'continue-plan',
        reviewDate: templateReviewDate(copdReview, contextAt(sim, reviewAt, staff.nurse.actor)),
      },
      now: reviewAt,
      actor: staff.nurse.actor,
    },
  ]);
}

/** One pure transition inside a storage update; a refusal is a bug in the demo script. */
function mustStep(plan: CarePlan, cmd: CarePlanCommand, now: IsoInstant, sim: Sim) {
  const r = transition(plan, cmd, contextAt(sim, now, staff.nurse.actor));
  if (!r.ok) throw new Error(`demo: ${cmd.type} refused: ${r.error.message}`);
  return r.value;
}

/** The café referral: books a place, ONS4 at start and end, outcome and the message back. */
async function cafeReferral(
  sim: Sim,
  services: readonly Service[],
  plan: CarePlan,
  from: IsoInstant,
) {
  const cafe = services.find((s) => s.name === 'Evening peer-support café');
  const person = sim.register.find((e) => e.person.id === plan.personId)?.person;
  if (!cafe?.capacity || !person) throw new Error('demo: no café or person');
  const records: ReferralRecords = {
    service: cafe,
    person,
    memberships: staffMemberships,
    systems: trustedSystems([cafe.organisationId]),
  };
  const created = peer.referral.create(
    {
      tenantId: sim.practice.tenantId,
      personId: person.id,
      serviceId: cafe.id,
      route: 'professional-referral',
      reason: {
        needs: [peer.supportNeeds.loneliness],
        text: 'On my own most evenings since the diagnosis',
      },
      basedOn: plan.id,
      make: true,
    },
    { now: from, actor: staff.linkWorker.actor, ids: sim.ids, records },
  );
  if (!created.ok) throw new Error(created.error.message);
  await sim.practice.referrals.create(created.value.referral, created.value.events);
  const rid = created.value.referral.id;
  const move = async (cmd: ReferralCommand, now: IsoInstant) => {
    const r = await sim.practice.referrals.update(rid, (referral) =>
      peer.referral.transition(referral, cmd, { now, actor: communityHub, ids: sim.ids, records }),
    );
    if (!r.ok) throw new Error(`demo: referral ${cmd.type} refused: ${r.error.message}`);
    return r.value.referral.record;
  };
  await move({ type: 'record-contact' }, after(from, 1));
  await move({ type: 'accept' }, after(from, 2));
  const start = await storeOns4(sim, person.id, after(from, 2), [4, 5, 4, 7]);

  // The first Thursday-or-later session with a place: book it on the ledger, count drop-ins.
  const capacity = cafe.capacity.placesPerSession;
  const found = peer.sessionsWithPlacesFree(
    [cafe],
    {},
    { from: after(from, 3), until: after(from, 10) },
  );
  const first = found.ok ? found.value.sessions[0] : undefined;
  if (!first) throw new Error('demo: no café session with places');
  const booked = {
    serviceId: cafe.id,
    scheduleId: first.session.scheduleId,
    start: first.session.start,
  };
  // The session's places are a stored record, so bookings from other processes meet on it.
  const opened = peer.openSessionPlaces(sim.practice.tenantId, booked, capacity);
  if (!opened.ok) throw new Error(opened.error.message);
  await sim.practice.sessionPlaces.create(opened.value);
  let tally = opened.value;
  for (const event of [
    { kind: 'booked', bookingId: rid, source: 'referral', places: 1 },
    { kind: 'drop-ins', count: 41 },
  ] as const) {
    const r = await sim.practice.sessionPlaces.update(tally.id, (p) =>
      peer.applyToSession(p, event),
    );
    if (!r.ok) throw new Error(r.error.message);
    tally = r.value.record;
  }
  const placesFreeAfter = tally.capacity - peer.placesTaken(tally);
  await sim.practice.services.update(cafe.id, (s) =>
    ok({
      ...s,
      capacity: {
        placesPerSession: capacity,
        available: placesFreeAfter,
        updated: first.session.start,
      },
    }),
  );
  await move({ type: 'start-attending' }, first.session.start);

  const endAt = after(from, 60);
  const end = await storeOns4(sim, person.id, endAt, [7, 7, 8, 3]);
  const measure = (id: string, higherIs: 'better' | 'worse') => ({
    instrumentId: 'ons4',
    score: id,
    higherIs,
    start: { value: subscale(start, id), at: start.completedAt, assessmentId: start.id },
    end: { value: subscale(end, id), at: end.completedAt, assessmentId: end.id },
  });
  const completed = await move(
    {
      type: 'complete',
      outcome: {
        needsAddressed: [peer.supportNeeds.loneliness],
        concernsAddressed: ['on my own most evenings'],
        supportGiven: [
          'introduced at the evening café',
          'two follow-up calls from the link worker',
        ],
        measures: [
          measure('life-satisfaction', 'better'),
          measure('worthwhile', 'better'),
          measure('happiness', 'better'),
          measure('anxiety', 'worse'),
        ],
        summary: 'Goes to the café most Thursdays and has joined the Breathe Easy singing group.',
      },
    },
    endAt,
  );
  const message = peer.referral.outcomeSummary(completed, { gp: staff.gp.actor, service: cafe });
  if (!message.ok) throw new Error(message.error.message);
  count(sim, 'outcome messages to the GP');
  return {
    referralId: rid,
    cafeId: cafe.id,
    booked,
    placesFreeAfter,
    ons4: { start: start.id, end: end.id },
    message: message.value,
  };
}

/** Runs the journey from `from` (a weekday morning) and returns what it stored. */
export async function runJourney(
  sim: Sim,
  services: readonly Service[],
  from: IsoInstant,
): Promise<JourneyResult> {
  const plan = await copdPlan(sim, from);
  const referral = await cafeReferral(sim, services, plan, after(from, 20));
  return { planId: plan.id, ...referral };
}
