import {
  type CarePlan,
  DEFAULT_TIME_ZONE,
  type IsoInstant,
  localDateOf,
  type TimeZone,
} from '@livewell/core';

/**
 * True when a planned review is due: the plan is active or paused and its review date has come
 * (on or before the local date of `now` in `timeZone`).
 *
 * @example
 * if (isReviewDue(plan, now)) sendRecallLetter(plan);
 */
export function isReviewDue(
  plan: Pick<CarePlan, 'state' | 'reviewDate'>,
  now: IsoInstant,
  timeZone: TimeZone = DEFAULT_TIME_ZONE,
): boolean {
  if (plan.state !== 'active' && plan.state !== 'paused') return false;
  return plan.reviewDate !== undefined && plan.reviewDate <= localDateOf(now, timeZone);
}
