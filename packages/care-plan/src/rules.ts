import {
  type CarePlan,
  type CarePlanPolicy,
  calendarDaysBetween,
  type GoalStatus,
  type IsoDate,
  IsoDateSchema,
  type IsoInstant,
  localDateOf,
  type TimeZone,
} from '@livewell/core';
import { agendaProblems } from './agenda-rules.js';
import { type Rejection, rejection } from './rejection.js';

/** Goal statuses that still count towards a plan (not done, dropped, declined or void). */
export const liveGoalStatuses: readonly GoalStatus[] = ['proposed', 'agreed', 'paused'];

const actionPlanFields = ['howMuch', 'when', 'howOften', 'owner', 'confidence'] as const;

/**
 * Everything that stops a plan being agreed (or continued after review) with `reviewDate` at
 * `now`. Empty when the plan may be agreed. Order: what matters, goal, action plans (at least
 * one, unless `noActionPlanReason` records why none is needed; each complete; low confidence
 * addressed), the person's agenda topics (each marked), review date (a real date, after today).
 */
export function agreementProblems(
  plan: CarePlan,
  reviewDate: IsoDate,
  now: IsoInstant,
  timeZone: TimeZone,
  noActionPlanReason?: string,
): Rejection[] {
  const problems: Rejection[] = [];
  if (!plan.whatMattersToMe.some((s) => s.inOwnWords)) {
    problems.push(
      rejection(
        'missing-what-matters',
        'Record at least one "what matters to me" statement in the person\'s own words.',
      ),
    );
  }
  if (!plan.goals.some((g) => g.owner === 'person' && liveGoalStatuses.includes(g.status))) {
    problems.push(rejection('missing-person-goal', 'Set at least one goal owned by the person.'));
  }
  if (plan.actionPlans.length === 0 && !noActionPlanReason?.trim()) {
    problems.push(
      rejection(
        'missing-action-plan',
        'Draft at least one action plan, or record why none is needed (noActionPlanReason).',
      ),
    );
  }
  for (const action of plan.actionPlans) {
    const missing = actionPlanFields.filter((field) => action[field] === undefined);
    if (missing.length > 0) {
      problems.push(
        rejection(
          'incomplete-action-plan',
          `Action plan "${action.what}" needs ${missing.join(', ')}.`,
          { actionPlanId: action.id, missing },
        ),
      );
    }
  }
  for (const action of plan.actionPlans) {
    if (action.needsRevision && action.revisionReason === undefined) {
      problems.push(
        rejection(
          'low-confidence-needs-reason',
          `Confidence in "${action.what}" is below 7: revise the plan or record why it stands.`,
          { actionPlanId: action.id, confidence: action.confidence },
        ),
      );
    }
  }
  problems.push(...agendaProblems(plan));
  if (!isValidDate(reviewDate)) {
    problems.push(
      rejection('invalid-command', 'The review date must be a real YYYY-MM-DD date.', {
        reviewDate,
      }),
    );
  } else if (reviewDate <= localDateOf(now, timeZone)) {
    problems.push(
      rejection('review-date-not-after-now', `The review date ${reviewDate} must be after today.`, {
        reviewDate,
      }),
    );
  }
  return problems;
}

/**
 * The results-lead-time rule: results and the agenda-setting prompt must have been sent at least
 * `policy.resultsLeadTimeDays` calendar days (local dates) before the conversation at `now`,
 * unless an override reason is recorded.
 */
export function resultsLeadTimeProblem(
  plan: CarePlan,
  now: IsoInstant,
  policy: CarePlanPolicy,
  timeZone: TimeZone,
  overrideReason: string | undefined,
): Rejection | undefined {
  if (overrideReason !== undefined) return undefined;
  const sentAt = plan.preparation.sentAt;
  const days =
    sentAt === undefined
      ? Number.NEGATIVE_INFINITY
      : calendarDaysBetween(localDateOf(sentAt, timeZone), localDateOf(now, timeZone));
  if (days >= policy.resultsLeadTimeDays) return undefined;
  return rejection(
    'results-lead-time',
    `Results and prompts must be sent at least ${policy.resultsLeadTimeDays} days before the conversation (sent ${sentAt === undefined ? 'never' : `${days} days before`}); record an override reason to go ahead.`,
    { sentAt, leadTimeDays: policy.resultsLeadTimeDays },
  );
}

/** True for a real `YYYY-MM-DD` date. */
export const isValidDate = (value: string): boolean => IsoDateSchema.safeParse(value).success;
