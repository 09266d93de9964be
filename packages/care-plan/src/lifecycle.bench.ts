/**
 * Benchmarks: the realistic path (invite → … → active → review → revised) through
 * `@livewell/care-plan` and through an XState v5 machine of the same lifecycle (pure
 * `transition`, same guards and context updates), side by side; and replay of 10,000 events.
 * The XState machine lives in ./bench (xstate is a dev dependency).
 */
import {
  type Actor,
  type CarePlan,
  type CarePlanEvent,
  defaultCarePlanPolicy,
  type IsoInstant,
  type RecordId,
  sequentialIds,
  type TenantId,
} from '@livewell/core';
import { bench, describe } from 'vitest';
import { initialTransition, transition as xTransition } from 'xstate';
import { careTeam, coach, hca, nurse, person, personId, reception } from './bench/fixtures.js';
import { machine } from './bench/xstate-machine.js';
import type { CarePlanCommand } from './commands.js';
import type { TransitionContext } from './context.js';
import { replay } from './replay.js';
import { startCarePlan, startNextVersion } from './start.js';
import { transition } from './transition.js';

/** The realistic path: [day offset, actor, command]. */
const path: readonly [number, Actor, CarePlanCommand][] = [
  [1, reception, { type: 'book-information-gathering', start: '2026-10-05T08:30:00Z' }],
  [1, reception, { type: 'book-conversation', start: '2026-10-19T09:30:00Z' }],
  [7, hca, { type: 'send-preparation' }],
  [18, reception, { type: 'record-arrival', agendaSheetReceived: false }],
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
const START = Date.UTC(2026, 9, 1, 9);
const at = (day: number): IsoInstant => new Date(START + day * 86_400_000).toISOString();
const times = path.map(([day]) => at(day));

const counterIds = () => sequentialIds('b');
const context = (now: IsoInstant, actor: Actor, ids: (k: string) => string): TransitionContext => ({
  now,
  actor,
  policy: defaultCarePlanPolicy,
  timeZone: 'Europe/London',
  ids,
});

/** One run of the path through @livewell/care-plan: 16 transitions (start, 14 commands, next version). */
function runLivewell(): CarePlan {
  const ids = counterIds();
  const started = startCarePlan(
    { tenantId: 't' as TenantId, personId, careTeam },
    context(at(0), reception, ids),
  );
  if (!started.ok) throw new Error(started.error.message);
  let plan = started.value.plan;
  for (let i = 0; i < path.length; i++) {
    const [, actor, command] = path[i] as (typeof path)[number];
    const r = transition(plan, command, context(times[i] as IsoInstant, actor, ids));
    if (!r.ok) throw new Error(`${command.type}: ${r.error.message}`);
    plan = r.value.plan;
  }
  const next = startNextVersion(plan, context(at(400), nurse, ids));
  if (!next.ok) throw new Error(next.error.message);
  return next.value.plan;
}

/** One run of the same path through XState's pure `transition`: 16 transitions. */
function runXState() {
  let [snapshot] = initialTransition(machine, { personId, careTeam });
  for (let i = 0; i < path.length; i++) {
    const [, actor, command] = path[i] as (typeof path)[number];
    [snapshot] = xTransition(machine, snapshot, {
      type: command.type,
      actor,
      now: times[i] as string,
      command,
    });
  }
  if (snapshot.value !== 'superseded') throw new Error(`XState ended in ${String(snapshot.value)}`);
  [snapshot] = initialTransition(machine, { personId, careTeam });
  return snapshot;
}

// ---- Replay of 10,000 events ---------------------------------------------------------------
function history(size: number): CarePlanEvent[] {
  const ids = counterIds();
  const started = startCarePlan(
    { tenantId: 't' as TenantId, personId, careTeam },
    context(at(0), reception, ids),
  );
  if (!started.ok) throw new Error(started.error.message);
  let plan = started.value.plan;
  const events: CarePlanEvent[] = [...started.value.events];
  const apply = (command: CarePlanCommand, actor: Actor, now: IsoInstant) => {
    const r = transition(plan, command, context(now, actor, ids));
    if (!r.ok) throw new Error(`${command.type}: ${r.error.message}`);
    plan = r.value.plan;
    events.push(...r.value.events);
  };
  for (const [i, [, actor, command]] of path.slice(0, 10).entries()) {
    apply(command, actor, times[i] as IsoInstant);
  }
  const actionPlanId = plan.actionPlans[0]?.id as RecordId;
  for (let i = 0; events.length < size; i++) {
    const now = at(20 + i / 100);
    if (i % 2 === 0)
      apply({ type: 'record-check-in', actionPlanId, progress: 'some' }, person, now);
    else apply({ type: 'record-support-contact', kind: 'text', actionPlanId }, coach, now);
  }
  return events;
}

runLivewell();
runXState();
const tenThousand = history(10_000);

describe('realistic path, 16 transitions per run (invite → active → review → revised)', () => {
  bench('@livewell/care-plan transition', () => {
    runLivewell();
  });
  bench('XState v5 pure transition (same lifecycle)', () => {
    runXState();
  });
});

describe('replay', () => {
  bench(`replay ${tenThousand.length} events`, () => {
    const r = replay(tenThousand);
    if (!r.ok) throw new Error(r.error.message);
  });
});
