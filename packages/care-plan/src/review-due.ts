import {
  addCalendarMonths,
  type CarePlan,
  type CarePlanPolicy,
  DEFAULT_TIME_ZONE,
  type IsoDate,
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

/**
 * The review date `policy.reviewIntervalMonths` after the local date of `from`, by core's
 * calendar months (clamped to the end of a shorter month: 31 Jan + 1 month → 28/29 Feb).
 * A default for `agree-plan`.
 */
export function suggestedReviewDate(
  from: IsoInstant,
  policy: Pick<CarePlanPolicy, 'reviewIntervalMonths'>,
  timeZone: TimeZone = DEFAULT_TIME_ZONE,
): IsoDate {
  return addCalendarMonths(localDateOf(from, timeZone), policy.reviewIntervalMonths);
}
