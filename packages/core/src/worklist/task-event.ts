import * as z from 'zod/mini';
import { ActorSchema } from '../shared/actor.js';
import { PersonIdSchema, RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import {
  TaskNoteSchema,
  TaskOwnerSchema,
  TaskPrioritySchema,
  TaskReasonSchema,
} from './task-parts.js';

/** Fields every task event carries: which task, when, who. */
const eventBase = {
  schemaVersion: schemaVersion(1),
  /** The event's own id. */
  id: RecordIdSchema,
  tenantId: TenantIdSchema,
  taskId: RecordIdSchema,
  at: IsoInstantSchema,
  actor: ActorSchema,
};

/** A task was opened (the actor raised it). Carries everything needed to rebuild it. */
export const TaskOpenedSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    type: z.literal('task.opened'),
    ...eventBase,
    personId: PersonIdSchema,
    reason: TaskReasonSchema,
    title: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
    owner: TaskOwnerSchema,
    priority: TaskPrioritySchema,
    dueAt: IsoInstantSchema,
  }),
);
/** The owner saw the task and took it on. */
export const TaskAcknowledgedSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    type: z.literal('task.acknowledged'),
    ...eventBase,
  }),
);
/** Work on the task started. */
export const TaskStartedSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({ type: z.literal('task.started'), ...eventBase }),
);
/** The task was done; `outcome` says what was done. */
export const TaskCompletedSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    type: z.literal('task.completed'),
    ...eventBase,
    outcome: TaskNoteSchema,
  }),
);
/** The task was cancelled, for `reason`. */
export const TaskCancelledSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    type: z.literal('task.cancelled'),
    ...eventBase,
    reason: TaskNoteSchema,
  }),
);
/** The task was given to another owner. */
export const TaskReassignedSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    type: z.literal('task.reassigned'),
    ...eventBase,
    owner: TaskOwnerSchema,
  }),
);

/** A fact about a task, past tense and immutable. Replaying a task's events rebuilds it. */
export const TaskEventSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('type', [
    TaskOpenedSchema,
    TaskAcknowledgedSchema,
    TaskStartedSchema,
    TaskCompletedSchema,
    TaskCancelledSchema,
    TaskReassignedSchema,
  ]),
);
/** A fact about a task. */
export type TaskEvent = z.infer<typeof TaskEventSchema>;
/** The `type` of a {@link TaskEvent}. */
export type TaskEventType = TaskEvent['type'];
