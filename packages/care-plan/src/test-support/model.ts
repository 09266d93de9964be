// Test support: a deliberately simple model of the plan for the model-based property test.
import {
  type CarePlanEvent,
  type CarePlanState,
  type GoalOwner,
  type GoalStatus,
  type IsoDate,
  type IsoInstant,
  isTerminalCarePlanState,
  localDateOf,
  type RecordId,
} from '@livewell/core';
import type { CarePlanCommand } from '../commands.js';
import { isPermitted } from '../permissions.js';
import type { RejectionCode } from '../rejection.js';
import { transitionTable } from '../table.js';
import type { GeneratedStep, Ref } from './command-arb.js';
import { actors, careTeam, personId, testPolicy } from './scenario.js';

interface ModelAction {
  id: RecordId;
  howMuch: boolean;
  when: boolean;
  howOften: boolean;
  owner: boolean;
  confidence: number | undefined;
  reason: boolean;
}

/** What the model tracks: the state, the clock and just enough content for the rules. */
export interface Model {
  state: CarePlanState;
  now: IsoInstant;
  ownWords: boolean;
  goals: { id: RecordId; owner: GoalOwner; status: GoalStatus }[];
  actions: ModelAction[];
  sentDate?: IsoDate;
  reviewDate?: IsoDate;
  /** The question keys on the sheet sent to the person. */
  sheetKeys?: readonly string[];
  /** The person's agenda topics and whether each has been marked. */
  topics: { id: RecordId; marked: boolean }[];
  reminders: number;
}

/** The model's prediction for one command. */
export interface Expectation {
  readonly accept: boolean;
  /** Codes any of which would be a correct rejection. */
  readonly codes: readonly RejectionCode[];
  readonly to: CarePlanState;
}

const strangers = new Set(['outsider', 'otherPerson', 'carerWithoutConsent', 'untrustedSystem']);
const low = (confidence: number | undefined) => confidence !== undefined && confidence < 7;
const complete = (a: ModelAction) =>
  a.howMuch && a.when && a.howOften && a.owner && a.confidence !== undefined;
const blank = (s: string | undefined) => s !== undefined && s.trim() === '';

/** Resolves a reference against the model's list: an id, or a made-up one. */
export const resolve = (ref: Ref, ids: readonly RecordId[]): RecordId =>
  ref !== 'bogus' && ids.length > 0
    ? (ids[ref.index % ids.length] as RecordId)
    : ('no-such-record' as RecordId);

/** The command with its references resolved. */
export function concreteCommand(model: Model, step: GeneratedStep): CarePlanCommand {
  const goalId = resolve(
    step.goalRef,
    model.goals.map((g) => g.id),
  );
  const actionPlanId = resolve(
    step.actionRef,
    model.actions.map((a) => a.id),
  );
  const c = step.command;
  if (c.type === 'mark-agenda-topic') {
    const topicId = resolve(
      step.topicRef,
      model.topics.map((t) => t.id),
    );
    const outcome = c.outcome.kind === 'became-goal' ? { ...c.outcome, goalId } : c.outcome;
    return { ...c, topicId, outcome };
  }
  if ('goalId' in c) return { ...c, goalId } as CarePlanCommand;
  if ('actionPlanId' in c) return { ...c, actionPlanId } as CarePlanCommand;
  return c;
}

function agreementCodes(
  model: Model,
  reviewDate: IsoDate,
  noActionPlanReason: string | undefined,
): RejectionCode[] {
  const codes: RejectionCode[] = [];
  if (!model.ownWords) codes.push('missing-what-matters');
  const live = ['proposed', 'agreed', 'paused'];
  if (!model.goals.some((g) => g.owner === 'person' && live.includes(g.status))) {
    codes.push('missing-person-goal');
  }
  if (model.actions.length === 0 && !noActionPlanReason?.trim()) {
    codes.push('missing-action-plan');
  }
  if (model.actions.some((a) => !complete(a))) codes.push('incomplete-action-plan');
  if (model.actions.some((a) => low(a.confidence) && !a.reason)) {
    codes.push('low-confidence-needs-reason');
  }
  if (model.topics.some((t) => !t.marked)) codes.push('agenda-topic-unmarked');
  if (reviewDate <= localDateOf(model.now, 'Europe/London'))
    codes.push('review-date-not-after-now');
  return codes;
}

const has = (ids: { id: RecordId }[], id: RecordId | undefined) =>
  id === undefined || ids.some((x) => x.id === id);

function guardCodes(model: Model, c: CarePlanCommand): RejectionCode[] {
  const today = localDateOf(model.now, 'Europe/London');
  switch (c.type) {
    case 'start-conversation': {
      if (c.leadTimeOverrideReason !== undefined || model.sentDate === undefined) return [];
      const days = (Date.parse(today) - Date.parse(model.sentDate)) / 86_400_000;
      return days >= 7 ? [] : ['results-lead-time'];
    }
    case 'record-what-matters':
      return blank(c.text) ? ['invalid-command'] : [];
    case 'record-reminder-sent':
      return Date.parse(c.sentAt) > Date.parse(model.now) || model.reminders >= 20
        ? ['invalid-command']
        : [];
    case 'record-arrival':
      return !c.agendaSheetReceived && c.helpTaken === undefined ? ['invalid-command'] : [];
    case 'record-agenda': {
      if (c.agenda.topics.some(blank)) return ['invalid-command'];
      if (c.agenda.answers.length + c.agenda.topics.length === 0) return ['invalid-command'];
      const keys = model.sheetKeys ?? [];
      return c.agenda.answers.some((a) => !keys.includes(a.questionKey))
        ? ['unknown-agenda-question']
        : [];
    }
    case 'mark-agenda-topic': {
      if (c.outcome.kind === 'deferred' && blank(c.outcome.reason)) return ['invalid-command'];
      if (!model.topics.some((t) => t.id === c.topicId)) return ['unknown-agenda-topic'];
      return c.outcome.kind === 'became-goal' && !has(model.goals, c.outcome.goalId)
        ? ['unknown-goal']
        : [];
    }
    case 'change-goal-status':
      return has(model.goals, c.goalId) ? [] : ['unknown-goal'];
    case 'draft-action-plan':
      return has(model.goals, c.goalId) ? [] : ['unknown-goal'];
    case 'revise-action-plan':
    case 'record-check-in':
    case 'record-support-contact':
      return has(model.actions, c.actionPlanId) ? [] : ['unknown-action-plan'];
    case 'agree-plan':
    case 'continue-plan':
      return agreementCodes(model, c.reviewDate, c.noActionPlanReason);
    case 'pause':
    case 'withdraw':
    case 'mark-entered-in-error':
      return blank(c.reason) ? ['reason-required'] : [];
    case 'start-review':
      return c.kind === 'planned' && !(model.reviewDate && model.reviewDate <= today)
        ? ['review-not-due']
        : [];
    default:
      return [];
  }
}

/** What the model expects of `command` from `actorKey` now. */
export function expectation(
  model: Model,
  actorKey: keyof typeof actors,
  command: CarePlanCommand,
): Expectation {
  const row = transitionTable[command.type];
  const to = row.to === 'same' ? model.state : row.to;
  const refuse = (...codes: RejectionCode[]) => ({ accept: false, codes, to: model.state });
  if (strangers.has(actorKey)) return refuse('not-authorised');
  if (!isPermitted({ personId, careTeam }, actors[actorKey], row.who, testPolicy.systemActors)) {
    return refuse('not-authorised');
  }
  if (!row.from.includes(model.state)) {
    return refuse(isTerminalCarePlanState(model.state) ? 'terminal-state' : 'invalid-transition');
  }
  const codes = guardCodes(model, command);
  return codes.length > 0 ? refuse(...codes) : { accept: true, codes: [], to };
}

/** Updates the model after an accepted command (ids of new records come from the events). */
export function advance(model: Model, c: CarePlanCommand, events: readonly CarePlanEvent[]): void {
  const today = localDateOf(model.now, 'Europe/London');
  model.state = expectationTarget(model.state, c);
  for (const event of events) {
    if (event.type === 'goal-set') {
      model.goals.push({ id: event.goal.id, owner: event.goal.owner, status: 'proposed' });
    }
    if (event.type === 'action-plan-drafted' && c.type === 'draft-action-plan') {
      model.actions.push({
        id: event.actionPlan.id,
        howMuch: c.howMuch !== undefined,
        when: c.when !== undefined,
        howOften: c.howOften !== undefined,
        owner: c.owner !== undefined,
        confidence: c.confidence,
        reason: c.revisionReason !== undefined,
      });
    }
  }
  if (c.type === 'record-what-matters' && c.inOwnWords) model.ownWords = true;
  if (c.type === 'send-preparation') {
    model.sentDate = today;
    model.sheetKeys = c.letter.sheet.questions.map((q) => q.key);
  }
  if (c.type === 'record-reminder-sent') model.reminders += 1;
  for (const event of events) {
    if (event.type === 'agenda-recorded') {
      model.topics = event.agenda.topics.map((t) => ({ id: t.id, marked: false }));
    }
  }
  if (c.type === 'mark-agenda-topic') {
    const topic = model.topics.find((t) => t.id === c.topicId);
    if (topic) topic.marked = true;
  }
  if (c.type === 'change-goal-status') {
    const goal = model.goals.find((g) => g.id === c.goalId);
    if (goal) goal.status = c.status;
  }
  if (c.type === 'revise-action-plan') {
    const a = model.actions.find((x) => x.id === c.actionPlanId);
    if (!a) return;
    a.howMuch ||= c.changes.howMuch !== undefined;
    a.howOften ||= c.changes.howOften !== undefined;
    a.owner ||= c.changes.owner !== undefined;
    a.confidence = c.changes.confidence ?? a.confidence;
    a.reason = c.revisionReason !== undefined || (low(a.confidence) && a.reason);
  }
  if (c.type === 'agree-plan' || c.type === 'continue-plan') {
    model.reviewDate = c.reviewDate;
    for (const g of model.goals) if (g.status === 'proposed') g.status = 'agreed';
  }
}

const expectationTarget = (state: CarePlanState, c: CarePlanCommand): CarePlanState => {
  const row = transitionTable[c.type];
  return row.to === 'same' ? state : row.to;
};
