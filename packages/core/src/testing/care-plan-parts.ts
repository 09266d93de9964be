import fc from 'fast-check';
import type {
  ActionPlan,
  Appointment,
  CarePlanPolicy,
  CheckIn,
  ContingencyPlan,
  Goal,
  GoalMeasure,
  PlanCareTeam,
  Review,
  SupportContact,
  SupportNeed,
  WhatMattersToMe,
} from '../care-plan/index.js';
import { isLowConfidence } from '../care-plan/index.js';
import {
  actorArb,
  carerIdArb,
  isoDateArb,
  isoInstantArb,
  localTimeArb,
  practitionerIdArb,
  practitionerRoleArb,
  recordIdArb,
  textArb,
} from './shared.js';

const shortList = (max = 3) => fc.array(textArb(40), { maxLength: max });

/** A plan's care team: practitioners by role and carers with or without consent. */
export const planCareTeamArb: fc.Arbitrary<PlanCareTeam> = fc.record({
  members: fc.array(
    fc.record({
      practitionerId: practitionerIdArb,
      role: practitionerRoleArb,
      isCoordinator: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
  carers: fc.array(fc.record({ carerId: carerIdArb, consentToShare: fc.boolean() }), {
    maxLength: 2,
  }),
});

/** A booked appointment. */
export const appointmentArb: fc.Arbitrary<Appointment> = fc.record({
  id: recordIdArb,
  kind: fc.constantFrom('information-gathering', 'care-planning-conversation', 'review'),
  start: isoInstantArb,
  bookedAt: isoInstantArb,
});

/** A "what matters to me" statement. */
export const whatMattersToMeArb: fc.Arbitrary<WhatMattersToMe> = fc.record({
  id: recordIdArb,
  text: textArb(120),
  inOwnWords: fc.boolean(),
  recordedAt: isoInstantArb,
  recordedBy: actorArb,
});

/** A SMART goal's measure (the target always differs from the baseline). */
export const goalMeasureArb: fc.Arbitrary<GoalMeasure> = fc
  .record(
    {
      what: textArb(60),
      unit: textArb(20),
      baseline: fc.integer({ min: -1000, max: 1000 }),
      delta: fc.integer({ min: 1, max: 500 }).chain((d) => fc.constantFrom(d, -d)),
      byDate: isoDateArb,
      instrumentId: fc.constantFrom('phq-9', 'gad-7', 'ons4'),
    },
    { requiredKeys: ['what', 'unit', 'baseline', 'delta'] },
  )
  .map(({ delta, baseline, ...rest }) => ({ ...rest, baseline, target: baseline + delta }));

/** A goal. */
export const goalArb: fc.Arbitrary<Goal> = fc.record(
  {
    id: recordIdArb,
    description: textArb(120),
    domain: fc.constantFrom('biological', 'psychological', 'social'),
    owner: fc.constantFrom('person', 'shared', 'care-team'),
    status: fc.constantFrom(
      'proposed',
      'agreed',
      'paused',
      'done',
      'dropped',
      'declined',
      'entered-in-error',
    ),
    achievement: fc.constantFrom(
      'in-progress',
      'improving',
      'worsening',
      'no-change',
      'achieved',
      'sustaining',
      'not-achieved',
      'no-progress',
      'not-attainable',
    ),
    statusReason: textArb(60),
    targetDate: isoDateArb,
    setAt: isoInstantArb,
    setBy: actorArb,
  },
  { requiredKeys: ['id', 'description', 'domain', 'owner', 'status', 'setAt', 'setBy'] },
);

/** A support need. */
export const supportNeedArb: fc.Arbitrary<SupportNeed> = fc.record({
  kind: fc.constantFrom('empowerment', 'motivation', 'capability'),
  text: textArb(60),
});

/** A progress check-in. */
export const checkInArb: fc.Arbitrary<CheckIn> = fc.record(
  {
    at: isoInstantArb,
    by: actorArb,
    progress: fc.constantFrom('not-started', 'some', 'most', 'all'),
    note: textArb(80),
    barriers: shortList(),
  },
  { requiredKeys: ['at', 'by', 'progress', 'barriers'] },
);

/** An action plan; `needsRevision` always agrees with the confidence rating. */
export const actionPlanArb: fc.Arbitrary<ActionPlan> = fc
  .record(
    {
      id: recordIdArb,
      goalId: recordIdArb,
      what: textArb(80),
      howMuch: textArb(40),
      when: textArb(40),
      howOften: textArb(40),
      owner: actorArb,
      confidence: fc.integer({ min: 0, max: 10 }),
      barriers: shortList(),
      supportNeeded: fc.array(supportNeedArb, { maxLength: 2 }),
      revisionReason: textArb(60),
      checkIns: fc.array(checkInArb, { maxLength: 2 }),
      draftedAt: isoInstantArb,
    },
    { requiredKeys: ['id', 'what', 'barriers', 'supportNeeded', 'checkIns', 'draftedAt'] },
  )
  .map((plan) => ({ ...plan, needsRevision: isLowConfidence(plan.confidence) }));

/** A support contact between appointments. */
export const supportContactArb: fc.Arbitrary<SupportContact> = fc.record(
  {
    id: recordIdArb,
    kind: fc.constantFrom('text', 'coaching-call', 'rehabilitation', 'peer-support'),
    at: isoInstantArb,
    by: actorArb,
    actionPlanId: recordIdArb,
    note: textArb(80),
  },
  { requiredKeys: ['id', 'kind', 'at', 'by'] },
);

/** A review. */
export const reviewArb: fc.Arbitrary<Review> = fc.record(
  {
    id: recordIdArb,
    kind: fc.constantFrom('planned', 'unplanned', 'requested'),
    startedAt: isoInstantArb,
    startedBy: actorArb,
    reason: textArb(60),
    outcome: fc.constantFrom('continued', 'revised'),
    endedAt: isoInstantArb,
  },
  { requiredKeys: ['id', 'kind', 'startedAt', 'startedBy'] },
);

/** A contingency plan. */
export const contingencyPlanArb: fc.Arbitrary<ContingencyPlan> = fc.record({
  warningSigns: shortList(),
  whatToDo: fc.array(textArb(60), { minLength: 1, maxLength: 3 }),
  whomToCall: fc.array(
    fc.record(
      { name: textArb(40), role: textArb(30), phone: fc.stringMatching(/^0[0-9]{10}$/) },
      { requiredKeys: ['name'] },
    ),
    { maxLength: 2 },
  ),
  recordedAt: isoInstantArb,
});

/** A tenant's care-planning policy (every field present, as after parsing). */
export const carePlanPolicyArb: fc.Arbitrary<CarePlanPolicy> = fc.record({
  resultsLeadTimeDays: fc.integer({ min: 1, max: 60 }),
  resultsTurnaroundWorkingDays: fc.integer({ min: 0, max: 20 }),
  reminderWorkingDays: fc.integer({ min: 1, max: 10 }),
  arrivalCheckMinutesBefore: fc.integer({ min: 0, max: 120 }),
  informationGatheringTime: localTimeArb,
  letterTime: localTimeArb,
  reviewIntervalMonths: fc.integer({ min: 1, max: 36 }),
  systemActors: fc.array(textArb(40), { maxLength: 3 }),
});
