import {
  addCalendarDays,
  type CarePlan,
  DEFAULT_TIME_ZONE,
  type IsoInstant,
  localDateOf,
  type TimeZone,
  zonedInstant,
} from '@livewell/core';
import { type OpenedTask, openTask } from '../open.js';
import type { WorklistPolicy } from '../policy.js';
import { taskIdFor } from '../task-id.js';
import { raiser } from './due.js';

/** Options for {@link reviewDueTask}. */
export interface ReviewDueOptions {
  readonly now: IsoInstant;
  /** Days before the review date the task opens (default 14). */
  readonly leadDays?: number;
  readonly timeZone?: TimeZone;
}

/**
 * A routine review task for an active plan whose review date is within `leadDays` of today (in
 * the practice's zone), due at 09:00 local on the review date; `undefined` when none is due
 * yet or the plan is not active. Id `task.review.<plan id>.<review date>`, one per review date.
 */
export function reviewDueTask(
  plan: CarePlan,
  policy: WorklistPolicy,
  options: ReviewDueOptions,
): OpenedTask | undefined {
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const reviewDate = plan.reviewDate;
  if (plan.state !== 'active' || reviewDate === undefined) return undefined;
  const today = localDateOf(options.now, zone);
  if (today < addCalendarDays(reviewDate, -(options.leadDays ?? 14))) return undefined;
  return openTask(
    {
      id: taskIdFor('review', plan.id, reviewDate),
      tenantId: plan.tenantId,
      personId: plan.personId,
      reason: { kind: 'review-due', carePlanId: plan.id, reviewDate },
      title: `Care and support plan review due on ${reviewDate}`,
      owner: policy.reviewOwner,
      priority: 'routine',
      dueAt: zonedInstant(reviewDate, '09:00', zone),
    },
    options.now,
    raiser(policy),
  );
}
