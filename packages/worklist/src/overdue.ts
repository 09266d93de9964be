import { type IsoInstant, instantToMs, type Task } from '@livewell/core';
import type { WorklistPolicy } from './policy.js';

/** True while a task still needs doing (not done, not cancelled). */
export const isUnfinished = (task: Task): boolean =>
  task.status !== 'done' && task.status !== 'cancelled';

/** True when an unfinished task's due time is before `now`. */
export const isOverdue = (task: Task, now: IsoInstant): boolean =>
  isUnfinished(task) && instantToMs(task.dueAt) < instantToMs(now);

/**
 * The unfinished tasks whose due time has passed at `now`, most urgent first (urgent, high,
 * routine), then the longest overdue first, then by id. Pure: the clock is the argument.
 */
export function overdueTasks(tasks: readonly Task[], now: IsoInstant): Task[] {
  const rank = { urgent: 0, high: 1, routine: 2 } as const;
  return tasks
    .filter((task) => isOverdue(task, now))
    .sort(
      (a, b) =>
        rank[a.priority] - rank[b.priority] ||
        instantToMs(a.dueAt) - instantToMs(b.dueAt) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/** How late a task is: `on-time`, `overdue` (past due), or `escalated` (past the grace too). */
export type EscalationLevel = 'on-time' | 'overdue' | 'escalated';

/**
 * The escalation rule: an unfinished task is `overdue` once `now` is after its due time, and
 * `escalated` once `now` is more than `policy.escalateAfterMinutes[priority]` after it (by
 * default 1 hour for urgent, 1 day for high, 3 days for routine). A finished task is always
 * `on-time`. Callers show escalated tasks to the whole owning team and its lead.
 */
export function escalationOf(task: Task, now: IsoInstant, policy: WorklistPolicy): EscalationLevel {
  if (!isOverdue(task, now)) return 'on-time';
  const late = instantToMs(now) - instantToMs(task.dueAt);
  return late > policy.escalateAfterMinutes[task.priority] * 60_000 ? 'escalated' : 'overdue';
}

/** The unfinished tasks that have escalated at `now`, in {@link overdueTasks} order. */
export const escalatedTasks = (
  tasks: readonly Task[],
  now: IsoInstant,
  policy: WorklistPolicy,
): Task[] => overdueTasks(tasks, now).filter((t) => escalationOf(t, now, policy) === 'escalated');
