// Test support: a realistic plan, its care team and contexts. Not exported from the package.
import {
  type Actor,
  type CarePlan,
  type CarePlanPolicy,
  type CarerId,
  defaultCarePlanPolicy,
  type IdGenerator,
  type IsoInstant,
  instantToMs,
  msToInstant,
  type PersonId,
  type PlanCareTeam,
  type PractitionerId,
  type PractitionerRole,
  type RecordId,
  sequentialIds,
  type TenantId,
} from '@livewell/core';
import type { CarePlanCommand } from '../commands.js';
import type { TransitionContext } from '../context.js';
import { startCarePlan } from '../start.js';
import { type Transitioned, transition } from '../transition.js';
import { sampleLetter } from './letter.js';

export const tenantId = 'practice-1' as TenantId;
export const personId = 'person-1' as PersonId;

const practitioner = (id: string, role: PractitionerRole): Actor => ({
  kind: 'practitioner',
  practitionerId: id as PractitionerId,
  role,
});

/** One actor per kind of participant. */
export const actors = {
  person: { kind: 'person', personId } as Actor,
  carer: { kind: 'carer', carerId: 'carer-1' as CarerId, onBehalfOf: personId } as Actor,
  carerWithoutConsent: {
    kind: 'carer',
    carerId: 'carer-2' as CarerId,
    onBehalfOf: personId,
  } as Actor,
  gp: practitioner('gp-1', 'gp'),
  nurse: practitioner('nurse-1', 'nurse'),
  hca: practitioner('hca-1', 'healthcare-assistant'),
  receptionist: practitioner('reception-1', 'receptionist'),
  coach: practitioner('coach-1', 'health-coach'),
  linkWorker: practitioner('link-1', 'link-worker'),
  peer: practitioner('peer-1', 'peer-supporter'),
  system: { kind: 'system', name: 'recall-job' } as Actor,
  untrustedSystem: { kind: 'system', name: 'unlisted-integration' } as Actor,
  outsider: practitioner('gp-elsewhere', 'gp'),
  otherPerson: { kind: 'person', personId: 'person-2' as PersonId } as Actor,
} as const;

/** The person's care team: everyone above except the outsider, plus two carers. */
export const careTeam: PlanCareTeam = {
  members: [
    { practitionerId: 'gp-1' as PractitionerId, role: 'gp', isCoordinator: false },
    { practitionerId: 'nurse-1' as PractitionerId, role: 'nurse', isCoordinator: true },
    {
      practitionerId: 'hca-1' as PractitionerId,
      role: 'healthcare-assistant',
      isCoordinator: false,
    },
    { practitionerId: 'reception-1' as PractitionerId, role: 'receptionist', isCoordinator: false },
    { practitionerId: 'coach-1' as PractitionerId, role: 'health-coach', isCoordinator: false },
    { practitionerId: 'link-1' as PractitionerId, role: 'link-worker', isCoordinator: false },
    { practitionerId: 'peer-1' as PractitionerId, role: 'peer-supporter', isCoordinator: false },
  ],
  carers: [
    { carerId: 'carer-1' as CarerId, consentToShare: true },
    { carerId: 'carer-2' as CarerId, consentToShare: false },
  ],
};

/** The default policy, trusting the practice's recall job (`actors.system`) as a system actor. */
export const testPolicy: CarePlanPolicy = Object.freeze({
  ...defaultCarePlanPolicy,
  systemActors: ['recall-job'],
});

/** A context at `now` for `actor` with {@link testPolicy} in London. */
export const contextAt = (
  now: IsoInstant,
  actor: Actor,
  ids: IdGenerator = sequentialIds('t'),
): TransitionContext => ({
  now,
  actor,
  policy: testPolicy,
  timeZone: 'Europe/London',
  ids,
});

/** Adds whole days to an instant. */
export const plusDays = (at: IsoInstant, days: number): IsoInstant =>
  msToInstant(instantToMs(at) + days * 86_400_000);

/** A step of a scripted path: who does what, how many days after the previous step. */
export interface ScriptStep {
  readonly afterDays: number;
  readonly actor: Actor;
  readonly command: CarePlanCommand;
}

export const START: IsoInstant = '2026-10-01T09:00:00Z';

/** Placeholders a script uses for the plan's first agenda topic and first goal (ids vary). */
export const FIRST_TOPIC = 'first-topic' as RecordId;
export const FIRST_GOAL = 'first-goal' as RecordId;

/** Replaces the placeholders with the plan's ids. */
function resolvePlaceholders(plan: CarePlan, command: CarePlanCommand): CarePlanCommand {
  if (command.type !== 'mark-agenda-topic') return command;
  const topicId =
    command.topicId === FIRST_TOPIC
      ? (plan.preparation.agenda?.topics[0]?.id ?? command.topicId)
      : command.topicId;
  const { outcome } = command;
  return {
    ...command,
    topicId,
    outcome:
      outcome.kind === 'became-goal' && outcome.goalId === FIRST_GOAL
        ? { ...outcome, goalId: plan.goals[0]?.id ?? outcome.goalId }
        : outcome,
  };
}

/** Invite → tests → preparation → conversation → agreed (active), with realistic gaps. */
export const pathToActive: readonly ScriptStep[] = [
  {
    afterDays: 1,
    actor: actors.receptionist,
    command: { type: 'book-information-gathering', start: '2026-10-05T08:30:00Z' },
  },
  {
    afterDays: 0,
    actor: actors.receptionist,
    command: { type: 'book-conversation', start: '2026-10-19T09:30:00Z' },
  },
  { afterDays: 6, actor: actors.hca, command: { type: 'send-preparation', letter: sampleLetter } },
  {
    afterDays: 3,
    actor: actors.person,
    command: {
      type: 'record-agenda',
      agenda: {
        answers: [{ questionKey: 'what-matters', text: 'Walking my granddaughter to school' }],
        topics: ['Getting out of breath on the hill'],
      },
    },
  },
  {
    afterDays: 8,
    actor: actors.receptionist,
    command: { type: 'record-arrival', agendaSheetReceived: true },
  },
  { afterDays: 0, actor: actors.nurse, command: { type: 'start-conversation' } },
  {
    afterDays: 0,
    actor: actors.person,
    command: {
      type: 'record-what-matters',
      text: 'Walking my granddaughter to school',
      inOwnWords: true,
    },
  },
  {
    afterDays: 0,
    actor: actors.person,
    command: {
      type: 'set-goal',
      description: 'Walk to school and back without stopping',
      domain: 'biological',
      owner: 'person',
    },
  },
  {
    afterDays: 0,
    actor: actors.nurse,
    command: {
      type: 'mark-agenda-topic',
      topicId: FIRST_TOPIC,
      outcome: { kind: 'became-goal', goalId: FIRST_GOAL },
    },
  },
  {
    afterDays: 0,
    actor: actors.nurse,
    command: {
      type: 'draft-action-plan',
      what: 'Walk round the park',
      howMuch: '15 minutes',
      when: 'after breakfast',
      howOften: '4 days a week',
      owner: actors.person,
      confidence: 8,
    },
  },
  {
    afterDays: 0,
    actor: actors.person,
    command: {
      type: 'record-contingency-plan',
      warningSigns: ['more breathless than usual'],
      whatToDo: ['use the rescue pack'],
      whomToCall: [{ name: 'Practice nurse', phone: '01234567890' }],
    },
  },
  { afterDays: 0, actor: actors.nurse, command: { type: 'agree-plan', reviewDate: '2027-10-18' } },
];

/** Runs a script from a fresh plan; throws (test helper) if any step is rejected. */
export function runScript(
  script: readonly ScriptStep[],
  ids: IdGenerator = sequentialIds('t'),
  from?: Transitioned,
  startAt: IsoInstant = START,
): Transitioned & { now: IsoInstant } {
  let now = startAt;
  let current: Transitioned;
  if (from) current = from;
  else {
    const started = startCarePlan(
      { tenantId, personId, careTeam },
      contextAt(now, actors.receptionist, ids),
    );
    if (!started.ok) throw new Error(started.error.message);
    current = started.value;
  }
  const events = [...current.events];
  for (const s of script) {
    now = plusDays(now, s.afterDays);
    const r = transition(
      current.plan,
      resolvePlaceholders(current.plan, s.command),
      contextAt(now, s.actor, ids),
    );
    if (!r.ok) throw new Error(`${s.command.type}: ${r.error.code} ${r.error.message}`);
    current = r.value;
    events.push(...r.value.events);
  }
  return { plan: current.plan, events, now };
}

/** A plan in a given state reached along the realistic path. */
export function activePlan(ids: IdGenerator = sequentialIds('t')): CarePlan & {} {
  return runScript(pathToActive, ids).plan;
}
