import fc from 'fast-check';
import type { ActionPlanChanges, CarePlanEvent } from '../care-plan/index.js';
import { agendaArb, agendaTopicOutcomeArb, preparationLetterArb } from './care-plan-agenda.js';
import {
  actionPlanArb,
  appointmentArb,
  checkInArb,
  contingencyPlanArb,
  goalArb,
  planCareTeamArb,
  reviewArb,
  supportContactArb,
  supportNeedArb,
  whatMattersToMeArb,
} from './care-plan-parts.js';
import {
  actorArb,
  isoDateArb,
  isoInstantArb,
  personIdArb,
  recordIdArb,
  tenantIdArb,
  textArb,
} from './shared.js';

const shortList = (max = 3) => fc.array(textArb(40), { maxLength: max });

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
    type: fc.constantFrom('preparation-sent', 'agenda-sheet-reissued', 'plan-resumed'),
  }),
  fc.record({ type: fc.constant('preparation-sent'), letter: preparationLetterArb }),
  fc.record({ type: fc.constant('help-offered'), taken: fc.boolean() }),
  fc.record({ type: fc.constant('help-offered') }),
  fc.record({ type: fc.constant('agenda-recorded'), agenda: agendaArb }),
  fc.record({
    type: fc.constant('agenda-topic-marked'),
    topicId: recordIdArb,
    outcome: agendaTopicOutcomeArb,
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

/** Any care-plan event (schema-valid; not necessarily a coherent history). */
export const carePlanEventArb: fc.Arbitrary<CarePlanEvent> = fc
  .record({
    schemaVersion: fc.constant(2 as const),
    id: recordIdArb,
    tenantId: tenantIdArb,
    planId: recordIdArb,
    at: isoInstantArb,
    actor: actorArb,
  })
  .chain((base) => carePlanEventBodyArb.map((body) => ({ ...base, ...body }) as CarePlanEvent));
