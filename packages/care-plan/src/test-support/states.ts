// Test support: plans in every state, and a valid command of every type for a plan.
import type { CarePlan, CarePlanState, IsoInstant, RecordId } from '@livewell/core';
import type { CarePlanCommand, CarePlanCommandType } from '../commands.js';
import type { Transitioned } from '../transition.js';
import { sampleLetter } from './letter.js';
import { actors, pathToActive, runScript, type ScriptStep } from './scenario.js';

const toConversation = pathToActive.slice(0, -1);
const pause: ScriptStep = {
  afterDays: 30,
  actor: actors.person,
  command: { type: 'pause', reason: 'In hospital' },
};
const review: ScriptStep = {
  afterDays: 60,
  actor: actors.nurse,
  command: { type: 'start-review', kind: 'unplanned', reason: 'Fall at home' },
};

export const scripts: Record<CarePlanState, readonly ScriptStep[]> = {
  invited: [],
  'information-gathering': pathToActive.slice(0, 1),
  prepared: pathToActive.slice(0, 3),
  'in-conversation': toConversation,
  active: pathToActive,
  paused: [...pathToActive, pause],
  'under-review': [...pathToActive, review],
  superseded: [
    ...pathToActive,
    review,
    { afterDays: 0, actor: actors.nurse, command: { type: 'revise-plan' } },
  ],
  withdrawn: [
    { afterDays: 1, actor: actors.person, command: { type: 'withdraw', reason: 'Moved away' } },
  ],
  'entered-in-error': [
    {
      afterDays: 1,
      actor: actors.receptionist,
      command: { type: 'mark-entered-in-error', reason: 'Wrong person' },
    },
  ],
};

/** A plan in `state`, with its history and the time of its last event. */
export const planIn = (state: CarePlanState): Transitioned & { now: IsoInstant } =>
  runScript(scripts[state]);

const firstId = (items: readonly { id: RecordId }[]): RecordId =>
  items[0]?.id ?? ('missing' as RecordId);

/** A command of `type` that passes every business rule for `plan` (a month after its last event). */
export function validCommand(type: CarePlanCommandType, plan: CarePlan): CarePlanCommand {
  const commands: { [T in CarePlanCommandType]: Extract<CarePlanCommand, { type: T }> } = {
    'book-information-gathering': {
      type: 'book-information-gathering',
      start: '2026-12-01T09:00:00Z',
    },
    'send-preparation': { type: 'send-preparation', letter: sampleLetter },
    'book-conversation': { type: 'book-conversation', start: '2026-12-14T09:00:00Z' },
    'record-reminder-sent': {
      type: 'record-reminder-sent',
      channel: 'text-message',
      sentAt: '2026-10-01T09:00:00Z',
    },
    'record-arrival': { type: 'record-arrival', agendaSheetReceived: true },
    'start-conversation': { type: 'start-conversation' },
    'record-what-matters': {
      type: 'record-what-matters',
      text: 'Gardening again',
      inOwnWords: true,
    },
    'set-goal': {
      type: 'set-goal',
      description: 'Dig the vegetable patch',
      domain: 'social',
      owner: 'person',
    },
    'change-goal-status': {
      type: 'change-goal-status',
      goalId: firstId(plan.goals),
      status: 'agreed',
      achievement: 'improving',
    },
    'draft-action-plan': {
      type: 'draft-action-plan',
      what: 'Stretch',
      howMuch: '5 minutes',
      when: 'morning',
      howOften: 'daily',
      owner: actors.person,
      confidence: 9,
    },
    'revise-action-plan': {
      type: 'revise-action-plan',
      actionPlanId: firstId(plan.actionPlans),
      changes: { confidence: 9 },
    },
    'record-contingency-plan': {
      type: 'record-contingency-plan',
      warningSigns: [],
      whatToDo: ['Call 111'],
      whomToCall: [],
    },
    'agree-plan': { type: 'agree-plan', reviewDate: '2030-01-01' },
    pause: { type: 'pause', reason: 'Holiday abroad' },
    resume: { type: 'resume' },
    'record-check-in': {
      type: 'record-check-in',
      actionPlanId: firstId(plan.actionPlans),
      progress: 'most',
    },
    'record-support-contact': {
      type: 'record-support-contact',
      kind: 'coaching-call',
      note: 'Went well',
    },
    'book-review': { type: 'book-review', start: '2027-10-20T10:00:00Z' },
    'start-review': { type: 'start-review', kind: 'requested' },
    'continue-plan': { type: 'continue-plan', reviewDate: '2030-01-01' },
    'revise-plan': { type: 'revise-plan' },
    withdraw: { type: 'withdraw', reason: 'Declined further support' },
    'mark-entered-in-error': {
      type: 'mark-entered-in-error',
      reason: 'Recorded against the wrong person',
    },
    'record-agenda': {
      type: 'record-agenda',
      agenda: {
        answers: [{ questionKey: 'what-matters', text: 'Seeing my grandchildren' }],
        topics: ['My feet hurt when I walk'],
      },
    },
    'mark-agenda-topic': {
      type: 'mark-agenda-topic',
      topicId: firstId(plan.preparation.agenda?.topics ?? []),
      outcome: { kind: 'discussed' },
    },
  };
  return commands[type];
}
