import { type IsoInstant, instantToMs, msToInstant, type TaskPriority } from '@livewell/core';
import type { WorklistPolicy } from '../policy.js';

/** The due time of a task of `priority` raised at `at`, by the policy. */
export const dueFrom = (
  at: IsoInstant,
  priority: TaskPriority,
  policy: WorklistPolicy,
): IsoInstant => msToInstant(instantToMs(at) + policy.dueWithinMinutes[priority] * 60_000);

/** The system actor the policy raises tasks as. */
export const raiser = (policy: WorklistPolicy) => ({
  kind: 'system' as const,
  name: policy.raisedBy,
});

/** Shortens `text` to a task title (at most 300 characters). */
export const titleOf = (text: string): string =>
  text.length > 300 ? `${text.slice(0, 299)}…` : text;
