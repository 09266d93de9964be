import type { Decision } from '@livewell/core';
import { ok, rejectionOf, type Task, type TaskEvent, type TaskStatus } from '@livewell/core';
import type { EventBody, Rejection, RejectionCode, TaskParty, TaskTypes } from './types.js';

/** The owner only. */
export const OWNER: readonly TaskParty[] = ['owner'];
/** The owner, or a system the policy names. */
export const OWNER_OR_SYSTEM: readonly TaskParty[] = ['owner', 'system'];

/** Builds a task {@link Rejection}. */
export const rejection = (
  code: RejectionCode,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): Rejection => rejectionOf(code, message, details);

/** Accepts a command by recording one event body. */
export const record = (body: EventBody): Decision<TaskTypes> => ok([body]);

/** Moves the working task into `status`, appending to its history. */
export function enter(working: Task, event: TaskEvent, status: TaskStatus): void {
  working.status = status;
  working.history.push({ status, at: event.at, actor: event.actor });
}
