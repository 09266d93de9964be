import {
  type CarePlan,
  DEFAULT_TIME_ZONE,
  type Goal,
  type GoalAchievement,
  type GoalProgress,
  type IsoInstant,
  localDateOf,
  type ProgressDirection,
  type TimeZone,
} from '@livewell/core';

/** The measurements recorded for a goal: check-ins on its action plans, oldest first. */
export function measurementsOf(
  plan: Pick<CarePlan, 'actionPlans'>,
  goalId: Goal['id'],
): { value: number; at: IsoInstant }[] {
  return plan.actionPlans
    .filter((action) => action.goalId === goalId)
    .flatMap((action) =>
      action.checkIns.flatMap((c) =>
        c.measurement === undefined ? [] : [{ value: c.measurement.value, at: c.at }],
      ),
    )
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

const directionOf = (baseline: number, target: number, value: number): ProgressDirection => {
  const moved = (value - baseline) * Math.sign(target - baseline);
  return moved > 0 ? 'towards' : moved < 0 ? 'away' : 'no-change';
};

/**
 * A measured goal's progress at `now`: the latest measurement against the baseline and target
 * (a target below the baseline means lower is better), or `undefined` for a goal without a
 * measure. Reached means at or past the target; overdue means the by-date has passed (local date
 * in `timeZone`) without reaching it.
 *
 * @example
 * goalProgress(plan, goal, now)?.direction; // 'towards'
 */
export function goalProgress(
  plan: Pick<CarePlan, 'actionPlans'>,
  goal: Goal,
  now: IsoInstant,
  timeZone: TimeZone = DEFAULT_TIME_ZONE,
): GoalProgress | undefined {
  const { measure } = goal;
  if (measure === undefined) return undefined;
  const { baseline, target } = measure;
  const measured = measurementsOf(plan, goal.id);
  const latest = measured.at(-1);
  const reached = latest !== undefined && directionOf(target, baseline, latest.value) !== 'towards';
  const overdue =
    !reached && measure.byDate !== undefined && measure.byDate < localDateOf(now, timeZone);
  return {
    goalId: goal.id,
    baseline,
    target,
    ...(latest === undefined ? {} : { latest: { ...latest } }),
    measurements: measured.length,
    direction: latest === undefined ? 'not-measured' : directionOf(baseline, target, latest.value),
    ...(latest === undefined
      ? {}
      : { percentOfWay: Math.round(((latest.value - baseline) / (target - baseline)) * 100) + 0 }),
    reached,
    overdue,
  };
}

/** The progress of every live measured goal in the plan, in goal order (what a review shows). */
export function measuredGoalProgress(
  plan: Pick<CarePlan, 'goals' | 'actionPlans'>,
  now: IsoInstant,
  timeZone: TimeZone = DEFAULT_TIME_ZONE,
): GoalProgress[] {
  return plan.goals
    .filter((g) => g.status !== 'entered-in-error' && g.status !== 'declined')
    .flatMap((g) => {
      const progress = goalProgress(plan, g, now, timeZone);
      return progress === undefined ? [] : [progress];
    });
}

/** The FHIR `goal-achievement` code a measured progress suggests (for `change-goal-status`). */
export function suggestedAchievement(progress: GoalProgress): GoalAchievement {
  if (progress.reached) return 'achieved';
  switch (progress.direction) {
    case 'towards':
      return 'improving';
    case 'away':
      return 'worsening';
    case 'no-change':
      return 'no-change';
    case 'not-measured':
      return 'in-progress';
  }
}
