import * as z from 'zod/mini';
import { ActorSchema } from '../shared/actor.js';
import { PersonIdSchema, RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { optionalOf } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import {
  TaskNoteSchema,
  TaskOwnerSchema,
  TaskPrioritySchema,
  TaskReasonSchema,
  TaskStatusSchema,
} from './task-parts.js';

/** One status change of a task: the status entered, when, and by whom. */
export const TaskStatusChangeSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    status: TaskStatusSchema,
    at: IsoInstantSchema,
    actor: ActorSchema,
  }),
);
/** One status change of a task. */
export type TaskStatusChange = z.infer<typeof TaskStatusChangeSchema>;

/**
 * A worklist task: something a practitioner must do about one person, why (with links to what
 * raised it), who owns it, how urgent it is, when it is due, and where it is in its lifecycle.
 * Stored as a snapshot with its events; replaying the events rebuilds it.
 */
export const TaskSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    schemaVersion: schemaVersion(1),
    id: RecordIdSchema,
    tenantId: TenantIdSchema,
    /** The person the task is about. */
    personId: PersonIdSchema,
    reason: TaskReasonSchema,
    /** A short title for lists ("PHQ-9 item 9 answered 2: contact today"). */
    title: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
    owner: TaskOwnerSchema,
    priority: TaskPrioritySchema,
    dueAt: IsoInstantSchema,
    status: TaskStatusSchema,
    history: z.array(TaskStatusChangeSchema).check(z.minLength(1), z.maxLength(500)),
    /** What was done, when the task is done. */
    outcome: optionalOf(TaskNoteSchema),
    /** Why, when the task was cancelled. */
    cancelReason: optionalOf(TaskNoteSchema),
    createdAt: IsoInstantSchema,
    updatedAt: IsoInstantSchema,
  }),
);
/** A worklist task. */
export type Task = z.infer<typeof TaskSchema>;
