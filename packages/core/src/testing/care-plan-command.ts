import fc from 'fast-check';
import type { CarePlanCommand } from '../care-plan/index.js';
import { agendaEntryArb, agendaTopicOutcomeArb, preparationLetterArb } from './care-plan-agenda.js';
import { goalMeasureArb } from './care-plan-parts.js';
import { actorArb, isoDateArb, isoInstantArb, recordIdArb, textArb } from './shared.js';

const text = (max = 40) => textArb(max);
const opt = <K extends string, T>(key: K, arb: fc.Arbitrary<T>) =>
  fc.option(arb, { nil: undefined }).map((v) => (v === undefined ? {} : { [key]: v }));
const texts = (min = 0) => fc.array(text(), { minLength: min, maxLength: 3 });

const changesArb = fc.record(
  {
    goalId: recordIdArb,
    what: text(),
    howMuch: text(),
    when: text(),
    howOften: text(),
    owner: actorArb,
    confidence: fc.integer({ min: 0, max: 10 }),
    barriers: texts(),
    supportNeeded: fc.array(
      fc.record({ kind: fc.constantFrom('empowerment', 'motivation', 'capability'), text: text() }),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: [] },
);

/** Any schema-valid care-plan command (ids are random, so most references miss). */
export const carePlanCommandArb: fc.Arbitrary<CarePlanCommand> = fc.oneof(
  fc.record({
    type: fc.constantFrom('book-information-gathering', 'book-conversation', 'book-review'),
    start: isoInstantArb,
  }),
  fc.record({ type: fc.constantFrom('resume', 'revise-plan') }),
  fc.record({ type: fc.constant('send-preparation'), letter: preparationLetterArb }),
  fc
    .tuple(fc.boolean(), fc.option(fc.boolean(), { nil: undefined }))
    .map(([agendaSheetReceived, helpTaken]) => ({
      type: 'record-arrival' as const,
      agendaSheetReceived,
      ...(helpTaken === undefined
        ? agendaSheetReceived
          ? {}
          : { helpTaken: false }
        : { helpTaken }),
    })),
  fc.record({ type: fc.constant('record-agenda'), agenda: agendaEntryArb }),
  fc.record({
    type: fc.constant('mark-agenda-topic'),
    topicId: recordIdArb,
    outcome: agendaTopicOutcomeArb,
  }),
  opt('leadTimeOverrideReason', text()).map((o) => ({ type: 'start-conversation' as const, ...o })),
  fc.record({ type: fc.constant('record-what-matters'), text: text(), inOwnWords: fc.boolean() }),
  fc
    .tuple(
      text(),
      fc.constantFrom('biological', 'psychological', 'social'),
      fc.constantFrom('person', 'shared', 'care-team'),
      opt('targetDate', isoDateArb),
      opt('measure', goalMeasureArb),
    )
    .map(([description, domain, owner, o, m]) => ({
      type: 'set-goal' as const,
      description,
      domain,
      owner,
      ...o,
      ...m,
    })),
  fc
    .tuple(
      recordIdArb,
      fc.constantFrom('proposed', 'agreed', 'paused', 'done', 'dropped', 'declined'),
      opt('achievement', fc.constantFrom('improving', 'achieved', 'not-attainable')),
      opt('reason', text()),
    )
    .map(([goalId, status, a, r]) => ({
      type: 'change-goal-status' as const,
      goalId,
      status,
      ...a,
      ...r,
    })),
  fc
    .record(
      {
        goalId: recordIdArb,
        howMuch: text(),
        when: text(),
        howOften: text(),
        owner: actorArb,
        confidence: fc.integer({ min: 0, max: 10 }),
        barriers: texts(),
        revisionReason: text(),
      },
      { requiredKeys: [] },
    )
    .chain((rest) => text().map((what) => ({ type: 'draft-action-plan' as const, what, ...rest }))),
  fc
    .tuple(recordIdArb, changesArb, opt('revisionReason', text()))
    .map(([actionPlanId, changes, r]) => ({
      type: 'revise-action-plan' as const,
      actionPlanId,
      changes,
      ...r,
    })),
  fc.record({
    type: fc.constant('record-contingency-plan'),
    warningSigns: texts(),
    whatToDo: texts(1),
    whomToCall: fc.array(fc.record({ name: text() }), { maxLength: 2 }),
  }),
  fc.record({ type: fc.constantFrom('agree-plan', 'continue-plan'), reviewDate: isoDateArb }),
  fc.record({
    type: fc.constantFrom('pause', 'withdraw', 'mark-entered-in-error'),
    reason: text(),
  }),
  fc
    .tuple(
      recordIdArb,
      fc.constantFrom('not-started', 'some', 'most', 'all'),
      opt('note', text()),
      opt('measurement', fc.record({ value: fc.integer({ min: -2000, max: 2000 }) })),
    )
    .map(([actionPlanId, progress, n, m]) => ({
      type: 'record-check-in' as const,
      actionPlanId,
      progress,
      ...n,
      ...m,
    })),
  fc
    .tuple(
      fc.constantFrom('text', 'coaching-call', 'rehabilitation', 'peer-support'),
      opt('actionPlanId', recordIdArb),
      opt('note', text()),
    )
    .map(([kind, a, n]) => ({ type: 'record-support-contact' as const, kind, ...a, ...n })),
  fc
    .tuple(fc.constantFrom('planned', 'unplanned', 'requested'), opt('reason', text()))
    .map(([kind, r]) => ({ type: 'start-review' as const, kind, ...r })),
) as fc.Arbitrary<CarePlanCommand>;
