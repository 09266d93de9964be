import {
  type Actor,
  type PractitionerId,
  type RecordId,
  type StaffMember,
  sequentialIds,
  type Task,
  type TaskEvent,
  type TenantId,
} from '@livewell/core';
import {
  actorArb,
  anyAssessmentArb,
  isoInstantArb,
  taskArb,
  taskCommandArb,
  taskEventArb,
} from '@livewell/core/testing';
import * as st from '@livewell/storage';
import * as drv from '@livewell/storage/driver';
import * as wl from '@livewell/worklist';
import fc from 'fast-check';
import { entriesOf, spread } from './define.js';
import type { EntryPoint, Session } from './entry.js';

const tasks = entriesOf('@livewell/worklist', 'worklist', 'result');
const tenantId = 'tenant-1' as TenantId;
const gp = 'gp-fuzz' as PractitionerId;
const staff: readonly StaffMember[] = [
  { practitionerId: gp, roles: ['gp', 'link-worker'], teamIds: ['duty-team' as RecordId] },
];
const policy = wl.defaultWorklistPolicy;
/** The actors who may act on the fuzzed tasks by the records, and anyone else. */
const actorOfWorklist = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constant<Actor>({ kind: 'practitioner', practitionerId: gp, role: 'gp' }),
  },
  fc.constant<Actor>({ kind: 'system', name: policy.raisedBy }),
  actorArb,
);
const contextAt = (now: string, actor: Actor): wl.TaskContext => ({
  now,
  actor,
  ids: sequentialIds('fuzz'),
  staff,
  systems: policy.systems,
});
const hourAt = (hour: number) => new Date(Date.UTC(2027, 0, 11, 9 + hour)).toISOString();

/**
 * A driven task: opened for the GP role, then random commands by the GP, the worklist system or
 * anyone, an hour apart (refused ones leave no trace). Gives the history (as stored, so JSON),
 * the last step (task, command, context) and the task reached.
 */
const drivenTaskArb = fc
  .tuple(taskArb, fc.array(fc.tuple(taskCommandArb, actorOfWorklist), { maxLength: 8 }))
  .map(([seed, commands]) => {
    const opened = wl.openTask(
      {
        id: seed.id,
        tenantId: seed.tenantId,
        personId: seed.personId,
        reason: seed.reason,
        title: seed.title,
        owner: { kind: 'role', role: 'gp' },
        priority: seed.priority,
        dueAt: hourAt(24),
      },
      hourAt(0),
      { kind: 'system', name: policy.raisedBy },
    );
    let current: Task = opened.task;
    const events: TaskEvent[] = [...opened.events];
    let step: readonly unknown[] = [
      current,
      { type: 'acknowledge' },
      contextAt(hourAt(1), staffActor),
    ];
    commands.forEach(([command, actor], i) => {
      const context = contextAt(hourAt(i + 1), actor);
      step = [current, command, context];
      const next = wl.transition(current, command, context);
      if (next.ok) {
        current = next.value.task;
        events.push(...next.value.events);
      }
    });
    return { events: JSON.parse(JSON.stringify(events)) as unknown[], step, current };
  });
const staffActor: Actor = { kind: 'practitioner', practitionerId: gp, role: 'gp' };

/** A memory store for `recordAssessment`; `snapshot` is every raw row of the tenant. */
const recordSession = async (): Promise<Session> => {
  const driver = new drv.MemoryDriver();
  const store = st.createMemoryStore(driver).forTenant(tenantId);
  return {
    call: (args) => wl.recordAssessment(store, args[0], args[1] as wl.RecordAssessmentOptions),
    snapshot: async () =>
      st.recordKindNames.map((kind) => [kind, driver.rows(tenantId, kind)] as const),
  };
};

/** The worklist's task lifecycle, replay, access and the record path for assessments. */
export const worklistEntries: EntryPoint[] = [
  tasks.call(
    { name: 'transition', valid: drivenTaskArb.map((d) => d.step), outside: [1, 2] },
    spread(wl.transition),
  ),
  tasks.call(
    {
      name: 'replay',
      valid: fc.oneof(
        { weight: 3, arbitrary: drivenTaskArb.map((d) => [d.events]) },
        fc.array(taskEventArb, { maxLength: 3 }).map((es) => [es]),
      ),
    },
    spread(wl.replay),
  ),
  tasks.call(
    {
      name: 'allowedCommands',
      valid: drivenTaskArb.map((d) => [d.current, d.step[2]]),
      outside: [1],
      typedError: 'total',
    },
    spread(wl.allowedCommands),
  ),
  tasks.session(
    {
      name: 'recordAssessment',
      valid: fc
        .tuple(anyAssessmentArb, fc.option(isoInstantArb, { nil: undefined }))
        .map(([a, now]) => [{ ...a, tenantId }, now === undefined ? { policy } : { policy, now }]),
      // The options are the practice's own policy (and clock), not outside data.
      outside: [0],
      typedError: 'async-result',
    },
    recordSession,
  ),
];
