import {
  err,
  ok,
  type Result,
  type Task,
  type TaskCommand,
  type TaskCommandType,
  type TaskEvent,
} from '@livewell/core';
import { lifecycle } from './lifecycle.js';
import type { Rejection, TaskAccess, TaskContext } from './types.js';

/** An accepted task command: the next task and the events that explain it. */
export interface TaskChange {
  readonly task: Task;
  readonly events: readonly TaskEvent[];
}

const unreadable = (cause: unknown): Rejection => ({
  code: 'invalid-command',
  message: `The task or context could not be read: ${cause instanceof Error ? cause.message : 'unknown'}.`,
});

/**
 * Applies a command to a task: the next task and its events, or a typed rejection (nothing
 * changes). Checks, in order: the command type, authorisation from the staff records and the
 * policy's systems (`not-authorised`), the status (`terminal-state`, `invalid-transition`), the
 * command's shape (`invalid-command`), then its rules (`same-owner`). Never throws. The result
 * fits the store's `tasks.update(id, (task) => transition(task, command, context))`.
 *
 * @example
 * const r = transition(task, { type: 'acknowledge' }, { now, actor, ids, staff, systems });
 * if (!r.ok) console.log(r.error.code);
 */
export function transition(
  task: Task,
  command: TaskCommand,
  context: TaskContext,
): Result<TaskChange, Rejection> {
  try {
    const result = lifecycle.transition(task, command, context);
    return result.ok ? ok({ task: result.value.aggregate, events: result.value.events }) : result;
  } catch (cause) {
    return err(unreadable(cause));
  }
}

/** The commands `access` may issue on `task` now, by status and authorisation. Never throws. */
export function allowedCommands(task: Task, access: TaskAccess): TaskCommandType[] {
  try {
    return lifecycle.allowedCommands(task, access);
  } catch {
    return [];
  }
}

/**
 * Rebuilds a task from its events (oldest first): `task.opened` first, then only events of the
 * same task and tenant; `invalid-history` otherwise.
 */
export function replay(events: readonly TaskEvent[]): Result<Task, Rejection> {
  try {
    if (!Array.isArray(events)) {
      return err({ code: 'invalid-history', message: 'A task history is a list of events.' });
    }
    return lifecycle.replay(events);
  } catch {
    // A revoked proxy or throwing trap: an unreadable history, never a throw.
    return err({ code: 'invalid-history', message: 'The task history cannot be read.' });
  }
}
