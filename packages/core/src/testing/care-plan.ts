import fc from 'fast-check';
import type {
  ActionPlan,
  ActionPlanChanges,
  Appointment,
  CarePlan,
  CarePlanEvent,
  CarePlanPolicy,
  CheckIn,
  ContingencyPlan,
  Goal,
  PlanCareTeam,
  Review,
  SupportContact,
  SupportNeed,
  WhatMattersToMe,
} from '../care-plan/index.js';
import { carePlanStates, isLowConfidence } from '../care-plan/index.js';
import {
  actorArb,
  carerIdArb,
  isoDateArb,
  isoInstantArb,
  localTimeArb,
  personIdArb,
  practitionerIdArb,
  practitionerRoleArb,
  recordIdArb,
  tenantIdArb,
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
});

/** A schema-valid plan snapshot (any state, any content; not necessarily reachable). */
export const carePlanArb: fc.Arbitrary<CarePlan> = fc.record(
  {
    schemaVersion: fc.constant(1 as const),
    id: recordIdArb,
    tenantId: tenantIdArb,
    personId: personIdArb,
    state: fc.constantFrom(...carePlanStates),
    revision: fc.integer({ min: 1, max: 20 }),
    replaces: recordIdArb,
    supersededBy: recordIdArb,
    careTeam: planCareTeamArb,
    createdAt: isoInstantArb,
    updatedAt: isoInstantArb,
    appointments: fc.array(appointmentArb, { maxLength: 3 }),
    preparation: fc.record(
      {
        sentAt: isoInstantArb,
        arrival: fc.record(
          {
            at: isoInstantArb,
            agendaSheetReceived: fc.boolean(),
            sheetReissuedAt: isoInstantArb,
            helpOfferedAt: isoInstantArb,
          },
          { requiredKeys: ['at', 'agendaSheetReceived'] },
        ),
        leadTimeOverrideReason: textArb(60),
      },
      { requiredKeys: [] },
    ),
    conversationStartedAt: isoInstantArb,
    whatMattersToMe: fc.array(whatMattersToMeArb, { maxLength: 2 }),
    goals: fc.array(goalArb, { maxLength: 2 }),
    actionPlans: fc.array(actionPlanArb, { maxLength: 2 }),
    contingencyPlan: contingencyPlanArb,
    supportContacts: fc.array(supportContactArb, { maxLength: 2 }),
    reviews: fc.array(reviewArb, { maxLength: 2 }),
    reviewDate: isoDateArb,
    agreedAt: isoInstantArb,
    pausedReason: textArb(60),
    endReason: textArb(60),
  },
  {
    requiredKeys: [
      'schemaVersion',
      'id',
      'tenantId',
      'personId',
      'state',
      'revision',
      'careTeam',
      'createdAt',
      'updatedAt',
      'appointments',
      'preparation',
      'whatMattersToMe',
      'goals',
      'actionPlans',
      'supportContacts',
      'reviews',
    ],
  },
);

/** Edits for an action-plan revision. */
export const actionPlanChangesArb: fc.Arbitrary<ActionPlanChanges> = fc.record(
  {
    goalId: recordIdArb,
    what: textArb(60),
    howMuch: textArb(30),
    when: textArb(30),
    howOften: textArb(30),
    owner: actorArb,
    confidence: fc.integer({ min: 0, max: 10 }),
    barriers: shortList(),
    supportNeeded: fc.array(supportNeedArb, { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

/** Any care-plan event (schema-valid; not necessarily a coherent history). */
export const carePlanEventArb: fc.Arbitrary<CarePlanEvent> = fc
  .record({
    schemaVersion: fc.constant(1 as const),
    id: recordIdArb,
    tenantId: tenantIdArb,
    planId: recordIdArb,
    at: isoInstantArb,
    actor: actorArb,
  })
  .chain((base) => carePlanEventBodyArb.map((body) => ({ ...base, ...body }) as CarePlanEvent));

const opt = <T>(arb: fc.Arbitrary<T>, key: string) =>
  fc.option(arb, { nil: undefined }).map((v) => (v === undefined ? {} : { [key]: v }));

const carePlanEventBodyArb = fc.oneof(
  fc.record({
    type: fc.constant('plan-invited'),
    personId: personIdArb,
    careTeam: planCareTeamArb,
  }),
  fc.record({
    type: fc.constant('next-version-started'),
    personId: personIdArb,
    careTeam: planCareTeamArb,
    revision: fc.integer({ min: 2, max: 20 }),
    replaces: recordIdArb,
    carried: fc.record(
      {
        whatMattersToMe: fc.array(whatMattersToMeArb, { maxLength: 2 }),
        goals: fc.array(goalArb, { maxLength: 2 }),
        actionPlans: fc.array(actionPlanArb, { maxLength: 2 }),
        contingencyPlan: contingencyPlanArb,
      },
      { requiredKeys: ['whatMattersToMe', 'goals', 'actionPlans'] },
    ),
  }),
  fc.record({
    type: fc.constantFrom('information-gathering-booked', 'conversation-booked', 'review-booked'),
    appointment: appointmentArb,
  }),
  fc.record({
    type: fc.constantFrom(
      'preparation-sent',
      'agenda-sheet-reissued',
      'help-offered',
      'plan-resumed',
    ),
  }),
  fc.record({ type: fc.constant('arrival-recorded'), agendaSheetReceived: fc.boolean() }),
  opt(textArb(60), 'leadTimeOverrideReason').map((o) => ({ type: 'conversation-started', ...o })),
  fc.record({ type: fc.constant('what-matters-recorded'), statement: whatMattersToMeArb }),
  fc.record({ type: fc.constant('goal-set'), goal: goalArb }),
  fc
    .tuple(
      recordIdArb,
      goalArb.map((g) => g.status),
      opt(
        goalArb.map((g) => g.achievement ?? 'in-progress'),
        'achievement',
      ),
      opt(textArb(60), 'reason'),
    )
    .map(([goalId, status, a, r]) => ({ type: 'goal-status-changed', goalId, status, ...a, ...r })),
  fc.record({ type: fc.constant('action-plan-drafted'), actionPlan: actionPlanArb }),
  fc
    .tuple(recordIdArb, actionPlanChangesArb, fc.boolean(), opt(textArb(60), 'revisionReason'))
    .map(([actionPlanId, changes, needsRevision, r]) => ({
      type: 'action-plan-revised',
      actionPlanId,
      changes,
      needsRevision,
      ...r,
    })),
  fc.record({
    type: fc.constant('contingency-plan-recorded'),
    contingencyPlan: contingencyPlanArb,
  }),
  fc.record({ type: fc.constant('plan-agreed'), reviewDate: isoDateArb }),
  fc.record({
    type: fc.constantFrom('plan-paused', 'plan-withdrawn', 'marked-entered-in-error'),
    reason: textArb(60),
  }),
  fc.record({
    type: fc.constant('progress-checked-in'),
    actionPlanId: recordIdArb,
    checkIn: checkInArb,
  }),
  fc.record({ type: fc.constant('support-contact-recorded'), contact: supportContactArb }),
  fc.record({ type: fc.constant('review-started'), review: reviewArb }),
  fc.record({ type: fc.constant('plan-continued'), reviewId: recordIdArb, reviewDate: isoDateArb }),
  fc.record({
    type: fc.constant('plan-superseded'),
    reviewId: recordIdArb,
    supersededBy: recordIdArb,
  }),
);

/** Arbitraries for the care-plan area's catalogue schemas, keyed by schema name. */
export const carePlanArbitraries: Record<string, fc.Arbitrary<unknown>> = {
  CarePlan: carePlanArb,
  CarePlanEvent: carePlanEventArb,
  CarePlanPolicy: carePlanPolicyArb,
  Appointment: appointmentArb,
  WhatMattersToMe: whatMattersToMeArb,
  Goal: goalArb,
  ActionPlan: actionPlanArb,
  SupportContact: supportContactArb,
  Review: reviewArb,
  ContingencyPlan: contingencyPlanArb,
};
