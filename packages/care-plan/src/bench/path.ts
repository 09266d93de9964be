// Bench support: the realistic path shared by lifecycle.bench.ts and interleaved.ts.
import {
  type Actor,
  defaultCarePlanPolicy,
  type IsoInstant,
  type RecordId,
  sequentialIds,
} from '@livewell/core';
import type { CarePlanCommand } from '../commands.js';
import type { TransitionContext } from '../context.js';
import { sampleLetter } from '../test-support/letter.js';
import { coach, hca, nurse, person, reception } from './fixtures.js';

/** The realistic path: [day offset, actor, command]. */
export const path: readonly [number, Actor, CarePlanCommand][] = [
  [1, reception, { type: 'book-information-gathering', start: '2026-10-05T08:30:00Z' }],
  [1, reception, { type: 'book-conversation', start: '2026-10-19T09:30:00Z' }],
  [7, hca, { type: 'send-preparation', letter: sampleLetter }],
  [18, reception, { type: 'record-arrival', agendaSheetReceived: false, helpTaken: true }],
  [18, nurse, { type: 'start-conversation' }],
  [18, person, { type: 'record-what-matters', text: 'Walking to school', inOwnWords: true }],
  [
    18,
    person,
    {
      type: 'set-goal',
      description: 'Walk without stopping',
      domain: 'biological',
      owner: 'person',
    },
  ],
  [
    18,
    nurse,
    {
      type: 'draft-action-plan',
      what: 'Walk',
      howMuch: '15 min',
      when: 'mornings',
      howOften: '4 a week',
      owner: person,
      confidence: 8,
    },
  ],
  [
    18,
    person,
    {
      type: 'record-contingency-plan',
      warningSigns: ['breathless'],
      whatToDo: ['rescue pack'],
      whomToCall: [{ name: 'Nurse' }],
    },
  ],
  [18, nurse, { type: 'agree-plan', reviewDate: '2027-10-18' }],
  [
    32,
    person,
    { type: 'record-check-in', actionPlanId: 'b-action-plan-1' as RecordId, progress: 'most' },
  ],
  [33, coach, { type: 'record-support-contact', kind: 'coaching-call' }],
  [400, nurse, { type: 'start-review', kind: 'planned' }],
  [400, nurse, { type: 'revise-plan' }],
];
export const START = Date.UTC(2026, 9, 1, 9);
export const at = (day: number): IsoInstant => new Date(START + day * 86_400_000).toISOString();
export const times = path.map(([day]) => at(day));

/** The default policy (no system actor on the path). */
export const benchPolicy = defaultCarePlanPolicy;
export const counterIds = () => sequentialIds('b');
export const context = (
  now: IsoInstant,
  actor: Actor,
  ids: (k: string) => string,
): TransitionContext => ({
  now,
  actor,
  policy: benchPolicy,
  timeZone: 'Europe/London',
  ids,
});
