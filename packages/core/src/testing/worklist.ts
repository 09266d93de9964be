import fc from 'fast-check';
import type {
  StaffMember,
  Task,
  TaskCommand,
  TaskEvent,
  TaskOwner,
  TaskReason,
} from '../worklist/index.js';
import { taskStatuses } from '../worklist/index.js';
import {
  actorArb,
  isoDateArb,
  isoInstantArb,
  personIdArb,
  practitionerIdArb,
  practitionerRoleArb,
  recordIdArb,
  tenantIdArb,
  textArb,
} from './shared.js';

const slugArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);
const noteArb = textArb(60).filter((s) => s.trim().length > 0 && s.trim() === s);

/** Any task owner: a practitioner, a role or a team. */
export const taskOwnerArb: fc.Arbitrary<TaskOwner> = fc.oneof(
  fc.record({ kind: fc.constant('practitioner' as const), practitionerId: practitionerIdArb }),
  fc.record({ kind: fc.constant('role' as const), role: practitionerRoleArb }),
  fc.record({ kind: fc.constant('team' as const), teamId: recordIdArb }),
);

/** Any task reason, with its links. */
export const taskReasonArb: fc.Arbitrary<TaskReason> = fc.oneof(
  fc.record(
    {
      kind: fc.constant('assessment-flag' as const),
      assessmentId: recordIdArb,
      flagCode: slugArb,
      itemId: slugArb,
    },
    { requiredKeys: ['kind', 'assessmentId', 'flagCode'] },
  ),
  fc.record({
    kind: fc.constant('preparation-reminder' as const),
    carePlanId: recordIdArb,
    dueOn: isoDateArb,
  }),
  fc.record({
    kind: fc.constant('review-due' as const),
    carePlanId: recordIdArb,
    reviewDate: isoDateArb,
  }),
  fc.record({
    kind: fc.constant('referral-not-contacted' as const),
    referralId: recordIdArb,
    workingDays: fc.integer({ min: 1, max: 60 }),
  }),
  fc.record({
    kind: fc.constant('action-plan-revision' as const),
    carePlanId: recordIdArb,
    actionPlanId: recordIdArb,
  }),
  fc.record({ kind: fc.constant('agenda-help' as const), carePlanId: recordIdArb }),
);

const priorityArb = fc.constantFrom('urgent' as const, 'high' as const, 'routine' as const);
const statusArb = fc.constantFrom(...taskStatuses);

/** Any task snapshot that satisfies its schema (not necessarily one a history could produce). */
export const taskArb: fc.Arbitrary<Task> = fc
  .record({
    id: recordIdArb,
    tenantId: tenantIdArb,
    personId: personIdArb,
    reason: taskReasonArb,
    title: noteArb,
    owner: taskOwnerArb,
    priority: priorityArb,
    dueAt: isoInstantArb,
    status: statusArb,
    at: isoInstantArb,
    actor: actorArb,
    note: fc.option(noteArb, { nil: undefined }),
  })
  .map(({ at, actor, note, ...rest }): Task => {
    const task: Task = {
      schemaVersion: 1,
      ...rest,
      history: [{ status: rest.status, at, actor }],
      createdAt: at,
      updatedAt: at,
    };
    if (note !== undefined && rest.status === 'done') task.outcome = note;
    if (note !== undefined && rest.status === 'cancelled') task.cancelReason = note;
    return task;
  });

const envelopeArb = fc.record({
  id: recordIdArb,
  tenantId: tenantIdArb,
  taskId: recordIdArb,
  at: isoInstantArb,
  actor: actorArb,
});

/** Any task event. */
export const taskEventArb: fc.Arbitrary<TaskEvent> = fc.oneof(
  fc
    .tuple(
      envelopeArb,
      fc.record({
        personId: personIdArb,
        reason: taskReasonArb,
        title: noteArb,
        owner: taskOwnerArb,
        priority: priorityArb,
        dueAt: isoInstantArb,
      }),
    )
    .map(([e, b]): TaskEvent => ({ type: 'task.opened', schemaVersion: 1, ...e, ...b })),
  envelopeArb.map((e): TaskEvent => ({ type: 'task.acknowledged', schemaVersion: 1, ...e })),
  envelopeArb.map((e): TaskEvent => ({ type: 'task.started', schemaVersion: 1, ...e })),
  fc
    .tuple(envelopeArb, noteArb)
    .map(
      ([e, outcome]): TaskEvent => ({ type: 'task.completed', schemaVersion: 1, ...e, outcome }),
    ),
  fc
    .tuple(envelopeArb, noteArb)
    .map(([e, reason]): TaskEvent => ({ type: 'task.cancelled', schemaVersion: 1, ...e, reason })),
  fc
    .tuple(envelopeArb, taskOwnerArb)
    .map(([e, owner]): TaskEvent => ({ type: 'task.reassigned', schemaVersion: 1, ...e, owner })),
);

/** Any task command. */
export const taskCommandArb: fc.Arbitrary<TaskCommand> = fc.oneof(
  fc.constant<TaskCommand>({ type: 'acknowledge' }),
  fc.constant<TaskCommand>({ type: 'start' }),
  noteArb.map((outcome): TaskCommand => ({ type: 'complete', outcome })),
  noteArb.map((reason): TaskCommand => ({ type: 'cancel', reason })),
  taskOwnerArb.map((owner): TaskCommand => ({ type: 'reassign', owner })),
);

/** Any staff member record. */
export const staffMemberArb: fc.Arbitrary<StaffMember> = fc.record({
  practitionerId: practitionerIdArb,
  roles: fc.uniqueArray(practitionerRoleArb, { maxLength: 3 }),
  teamIds: fc.uniqueArray(recordIdArb, { maxLength: 3 }),
});

/** The worklist arbitraries, keyed by catalogue schema name. */
export const worklistArbitraries = {
  Task: taskArb,
  TaskEvent: taskEventArb,
  TaskCommand: taskCommandArb,
  StaffMember: staffMemberArb,
} as const;
