import type { TaskOwner, TaskPriority } from '@livewell/core';

/**
 * The practice's worklist policy: who owns each kind of task, how soon it is due, when an
 * overdue task escalates, and which system actors may raise and cancel tasks.
 */
export interface WorklistPolicy {
  /** Owner of tasks from urgent assessment flags (e.g. the duty GP role). */
  readonly urgentOwner: TaskOwner;
  /** Owner of review tasks (review flags such as a skipped safety item, reviews due). */
  readonly reviewOwner: TaskOwner;
  /** Owner of referral follow-ups and action-plan revisions. */
  readonly followUpOwner: TaskOwner;
  /** Minutes from raising to due, by priority. */
  readonly dueWithinMinutes: Readonly<Record<TaskPriority, number>>;
  /** Minutes past due after which an unfinished task escalates, by priority. */
  readonly escalateAfterMinutes: Readonly<Record<TaskPriority, number>>;
  /** The system actor the library raises tasks as (must be listed in `systems`). */
  readonly raisedBy: string;
  /** System actors trusted to raise, reassign and cancel tasks. */
  readonly systems: readonly string[];
}

/**
 * A starting policy: urgent tasks to the GP role, due within 4 hours and escalated 1 hour past
 * due; high within 2 days (escalated after 1 more day); routine within 7 days (after 3 more).
 */
export const defaultWorklistPolicy: WorklistPolicy = {
  urgentOwner: { kind: 'role', role: 'gp' },
  reviewOwner: { kind: 'role', role: 'gp' },
  followUpOwner: { kind: 'role', role: 'link-worker' },
  dueWithinMinutes: { urgent: 4 * 60, high: 2 * 24 * 60, routine: 7 * 24 * 60 },
  escalateAfterMinutes: { urgent: 60, high: 24 * 60, routine: 3 * 24 * 60 },
  raisedBy: 'livewell-worklist',
  systems: ['livewell-worklist'],
};
