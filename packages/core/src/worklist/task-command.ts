import * as z from 'zod/mini';
import { lazySchema } from '../shared/lazy-schema.js';
import { TaskNoteSchema, TaskOwnerSchema } from './task-parts.js';

/**
 * A command on a task: acknowledge it, start it, complete it with an outcome, cancel it with a
 * reason, or reassign it to another owner.
 */
export const TaskCommandSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('acknowledge') }),
    z.object({ type: z.literal('start') }),
    z.object({ type: z.literal('complete'), outcome: TaskNoteSchema }),
    z.object({ type: z.literal('cancel'), reason: TaskNoteSchema }),
    z.object({ type: z.literal('reassign'), owner: TaskOwnerSchema }),
  ]),
);
/** A command on a task. */
export type TaskCommand = z.infer<typeof TaskCommandSchema>;
/** The `type` of a {@link TaskCommand}. */
export type TaskCommandType = TaskCommand['type'];
