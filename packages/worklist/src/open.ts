import type {
  Actor,
  IsoInstant,
  PersonId,
  RecordId,
  Task,
  TaskEvent,
  TaskOwner,
  TaskPriority,
  TaskReason,
  TenantId,
} from '@livewell/core';
import { RecordIdSchema } from '@livewell/core';
import { fromOpened } from './lifecycle.js';

/** Everything needed to open a task. */
export interface NewTask {
  readonly id: RecordId;
  readonly tenantId: TenantId;
  readonly personId: PersonId;
  readonly reason: TaskReason;
  readonly title: string;
  readonly owner: TaskOwner;
  readonly priority: TaskPriority;
  readonly dueAt: IsoInstant;
}

/** A newly opened task with the `task.opened` event that records it (store both together). */
export interface OpenedTask {
  readonly task: Task;
  readonly events: readonly [TaskEvent];
}

/**
 * Opens a task: the `task.opened` event (id `<task id>.opened`, so a retry repeats it exactly)
 * and the open task it describes. Inputs are trusted (the raisers build them from parsed
 * records); parse outside data with `parseTask`/`parseTaskEvent` first.
 */
export function openTask(input: NewTask, at: IsoInstant, actor: Actor): OpenedTask {
  const event: TaskEvent = {
    type: 'task.opened',
    schemaVersion: 1,
    id: RecordIdSchema.parse(`${input.id.slice(0, 190)}.opened`),
    tenantId: input.tenantId,
    taskId: input.id,
    at,
    actor,
    personId: input.personId,
    reason: input.reason,
    title: input.title,
    owner: input.owner,
    priority: input.priority,
    dueAt: input.dueAt,
  };
  return { task: fromOpened(event), events: [event] };
}
