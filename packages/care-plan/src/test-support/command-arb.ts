// Test support: arbitrary commands (valid and invalid) with references resolved at run time.
import type { CarePlanState } from '@livewell/core';
import fc from 'fast-check';
import type { CarePlanCommand, CarePlanCommandType } from '../commands.js';
import { isPermitted } from '../permissions.js';
import { carePlanCommandTypes, transitionTable } from '../table.js';
import { sampleLetter } from './letter.js';
import { actors, careTeam, personId, testPolicy } from './scenario.js';

/** A reference to an existing goal or action plan by position, or to one that does not exist. */
export type Ref = { readonly index: number } | 'bogus';

/** A generated step: who, how many days later, and a command whose ids are still references. */
export interface GeneratedStep {
  readonly actorKey: keyof typeof actors;
  readonly afterDays: number;
  readonly command: CarePlanCommand;
  readonly goalRef: Ref;
  readonly actionRef: Ref;
  /** The agenda topic a `mark-agenda-topic` refers to. */
  readonly topicRef: Ref;
}

const refArb: fc.Arbitrary<Ref> = fc.oneof(
  { weight: 5, arbitrary: fc.nat({ max: 4 }).map((index) => ({ index })) },
  { weight: 1, arbitrary: fc.constant('bogus' as const) },
);
const textArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('Walking', 'Seeing friends', 'Sleeping better') },
  { weight: 1, arbitrary: fc.constantFrom('', '   ') },
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const instantArb = fc.constantFrom('2026-12-01T09:00:00Z', '2027-02-14T10:30:00Z');
const reviewDateArb = fc.constantFrom('2020-01-01', '2027-03-01', '2027-10-18', '2031-06-01');
const actorValue = fc.constantFrom(actors.person, actors.carer, actors.coach);

type Dropped<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Removes keys whose value is undefined (for `exactOptionalPropertyTypes`). */
function drop<T extends object>(value: T): Dropped<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Dropped<T>;
}

const placeholder = 'ref' as never;

const bodies: { [T in CarePlanCommandType]: fc.Arbitrary<Extract<CarePlanCommand, { type: T }>> } =
  {
    'book-information-gathering': instantArb.map((start) => ({
      type: 'book-information-gathering',
      start,
    })),
    'send-preparation': fc.constant({ type: 'send-preparation', letter: sampleLetter }),
    'book-conversation': instantArb.map((start) => ({ type: 'book-conversation', start })),
    'record-reminder-sent': fc
      .record({
        channel: fc.constantFrom('letter', 'text-message', 'email', 'phone', 'app'),
        sentAt: fc.constantFrom('2026-10-01T09:00:00Z', '2031-01-01T09:00:00Z'),
      })
      .map((c) => ({ type: 'record-reminder-sent', ...c })),
    // Without `helpTaken` and without a sheet the command is invalid (help is always offered).
    'record-arrival': fc
      .record({ agendaSheetReceived: fc.boolean(), helpTaken: maybe(fc.boolean()) })
      .map((c) => drop({ type: 'record-arrival' as const, ...c })),
    // Keys on the sample sheet, and one that is not; topics sometimes blank.
    'record-agenda': fc
      .record({
        answers: fc.uniqueArray(
          fc.record({
            questionKey: fc.constantFrom('what-matters', 'how-things-are', 'not-on-the-sheet'),
            text: fc.constantFrom('My grandchildren', 'Tired a lot'),
          }),
          { maxLength: 2, selector: (a) => a.questionKey },
        ),
        topics: fc.array(textArb, { maxLength: 3 }),
      })
      .map((agenda) => ({ type: 'record-agenda', agenda })),
    'mark-agenda-topic': fc
      .oneof(
        fc.constant({ kind: 'discussed' as const }),
        fc.constantFrom('Next time', '  ').map((reason) => ({ kind: 'deferred' as const, reason })),
        fc.constant({ kind: 'became-goal' as const, goalId: placeholder }),
      )
      .map((outcome) => ({ type: 'mark-agenda-topic', topicId: placeholder, outcome })),
    'start-conversation': maybe(fc.constant('Person asked')).map((r) =>
      drop({ type: 'start-conversation' as const, leadTimeOverrideReason: r }),
    ),
    'record-what-matters': fc
      .record({ text: textArb, inOwnWords: fc.boolean() })
      .map((c) => ({ type: 'record-what-matters', ...c })),
    'set-goal': fc
      .record({
        domain: fc.constantFrom('biological', 'psychological', 'social'),
        owner: fc.constantFrom('person', 'shared', 'care-team'),
      })
      .map((c) => ({ type: 'set-goal', description: 'Walk further', ...c })),
    'change-goal-status': fc
      .record({
        status: fc.constantFrom('agreed', 'paused', 'done', 'dropped', 'declined'),
        achievement: maybe(fc.constantFrom('improving', 'achieved')),
      })
      .map((c) =>
        drop({ type: 'change-goal-status' as const, goalId: placeholder as never, ...c }),
      ),
    'draft-action-plan': fc
      .record({
        howMuch: maybe(fc.constant('10 minutes')),
        when: maybe(fc.constant('mornings')),
        howOften: maybe(fc.constant('daily')),
        owner: maybe(actorValue),
        confidence: maybe(fc.integer({ min: 0, max: 10 })),
        revisionReason: maybe(fc.constant('Wants to try')),
        linked: fc.boolean(),
      })
      .map(({ linked, ...c }) =>
        drop({
          type: 'draft-action-plan' as const,
          what: 'Walk',
          ...(linked && { goalId: placeholder }),
          ...c,
        }),
      ),
    'revise-action-plan': fc
      .record({
        changes: fc
          .record({
            howMuch: maybe(fc.constant('5 minutes')),
            howOften: maybe(fc.constant('weekly')),
            owner: maybe(actorValue),
            confidence: maybe(fc.integer({ min: 0, max: 10 })),
          })
          .map(drop),
        revisionReason: maybe(fc.constant('Keeps it anyway')),
      })
      .map((c) => drop({ type: 'revise-action-plan' as const, actionPlanId: placeholder, ...c })),
    'record-contingency-plan': fc.constant({
      type: 'record-contingency-plan',
      warningSigns: ['Breathless'],
      whatToDo: ['Rescue pack'],
      whomToCall: [{ name: 'Nurse' }],
    }),
    'agree-plan': reviewDateArb.map((reviewDate) => ({ type: 'agree-plan', reviewDate })),
    pause: textArb.map((reason) => ({ type: 'pause', reason })),
    resume: fc.constant({ type: 'resume' }),
    'record-check-in': fc
      .constantFrom('some', 'all')
      .map((progress) => ({ type: 'record-check-in', actionPlanId: placeholder, progress })),
    'record-support-contact': fc
      .record({
        kind: fc.constantFrom('text', 'coaching-call', 'rehabilitation', 'peer-support'),
        linked: fc.boolean(),
      })
      .map(({ kind, linked }) => ({
        type: 'record-support-contact',
        kind,
        ...(linked && { actionPlanId: placeholder }),
      })),
    'book-review': instantArb.map((start) => ({ type: 'book-review', start })),
    'start-review': fc
      .constantFrom('planned', 'unplanned', 'requested')
      .map((kind) => ({ type: 'start-review', kind })),
    'continue-plan': reviewDateArb.map((reviewDate) => ({ type: 'continue-plan', reviewDate })),
    'revise-plan': fc.constant({ type: 'revise-plan' }),
    withdraw: textArb.map((reason) => ({ type: 'withdraw', reason })),
    'mark-entered-in-error': textArb.map((reason) => ({ type: 'mark-entered-in-error', reason })),
  };

const actorKeys = Object.keys(actors) as (keyof typeof actors)[];
const membership = { personId, careTeam };

/** Progress commands, weighted up so random walks reach the later states. */
const progress: readonly CarePlanCommandType[] = [
  'start-conversation',
  'record-check-in',
  'revise-action-plan',
  'book-information-gathering',
  'send-preparation',
  'agree-plan',
  'start-review',
  'continue-plan',
  'record-agenda',
  'mark-agenda-topic',
];

const endings: readonly CarePlanCommandType[] = [
  'withdraw',
  'mark-entered-in-error',
  'revise-plan',
];

/** A generated step: usually by an actor the table permits, sometimes by anyone. */
export const generatedStepArb: fc.Arbitrary<GeneratedStep> = fc
  .oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom(...carePlanCommandTypes.filter((t) => !endings.includes(t))),
    },
    { weight: 5, arbitrary: fc.constantFrom(...progress) },
    { weight: 1, arbitrary: fc.constantFrom(...endings) },
  )
  .chain((type) => {
    const permitted = actorKeys.filter((k) =>
      isPermitted(membership, actors[k], transitionTable[type].who, testPolicy.systemActors),
    );
    return fc.record({
      actorKey: fc.oneof(
        {
          weight: 5,
          arbitrary: fc.constantFrom(...(permitted.length > 0 ? permitted : actorKeys)),
        },
        { weight: 1, arbitrary: fc.constantFrom(...actorKeys) },
      ),
      afterDays: fc.oneof(
        { weight: 4, arbitrary: fc.constant(0) },
        { weight: 5, arbitrary: fc.integer({ min: 1, max: 10 }) },
        { weight: 1, arbitrary: fc.integer({ min: 30, max: 400 }) },
      ),
      command: bodies[type] as fc.Arbitrary<CarePlanCommand>,
      goalRef: refArb,
      actionRef: refArb,
      topicRef: refArb,
    });
  });

/** Any starting state for a model run. */
export const startStateArb: fc.Arbitrary<CarePlanState> = fc.constantFrom(
  'invited',
  'prepared',
  'prepared',
  'in-conversation',
  'active',
  'under-review',
);
