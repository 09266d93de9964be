import {
  type CarePlan,
  type CarePlanCommandOf,
  type CarePlanEvent,
  err,
  type IsoDate,
  ok,
  type PlanTemplate,
  type Result,
} from '@livewell/core';
import type { TransitionContext } from '../context.js';
import { type Rejection, rejection } from '../rejection.js';
import { suggestedReviewDate } from '../review-due.js';
import { transition } from '../transition.js';

/** The person's own baselines for a template's measures, by measure `key` (`{ hba1c: 64 }`). */
export type TemplateBaselines = Readonly<Record<string, number>>;

/**
 * The `set-goal` commands a template proposes: one per usual goal not already in the plan (by
 * description), with its measure when the person's baseline for it is given and differs from
 * the target (otherwise the goal is proposed in words only, to be measured later).
 */
export function templateGoalCommands(
  template: PlanTemplate,
  plan: Pick<CarePlan, 'goals'>,
  baselines: TemplateBaselines = {},
): CarePlanCommandOf<'set-goal'>[] {
  const existing = new Set(plan.goals.map((g) => g.description.trim().toLowerCase()));
  return template.usualGoals
    .filter((g) => !existing.has(g.description.trim().toLowerCase()))
    .map((g) => {
      const m = g.measure;
      const baseline = m === undefined ? undefined : baselines[m.key];
      const measured =
        m !== undefined && baseline !== undefined && baseline !== m.target
          ? {
              measure: {
                what: m.what,
                unit: m.unit,
                baseline,
                target: m.target,
                ...(m.instrumentId === undefined ? {} : { instrumentId: m.instrumentId }),
              },
            }
          : {};
      return {
        type: 'set-goal' as const,
        description: g.description,
        domain: g.domain,
        owner: g.owner,
        ...measured,
      };
    });
}

/** What applying a template did: the plan, the events recorded and the commands issued. */
export interface TemplateApplied {
  readonly plan: CarePlan;
  readonly events: readonly CarePlanEvent[];
  readonly commands: readonly CarePlanCommandOf<'set-goal'>[];
}

/**
 * Applies a template's usual goals to a plan in conversation (or under review) by issuing
 * ordinary `set-goal` commands through `transition`, so every lifecycle rule applies: the
 * actor must be allowed to set goals, the plan must be in a state that accepts them. The first
 * rejection stops it and is returned (nothing is applied). Goals are proposed, in words the
 * person can change; agreeing the plan stays a separate step ({@link templateReviewDate}).
 *
 * @example
 * const applied = applyTemplate(plan, copdReview, ctx, { mrc: 3 });
 */
export function applyTemplate(
  plan: CarePlan,
  template: PlanTemplate,
  context: TransitionContext,
  baselines: TemplateBaselines = {},
): Result<TemplateApplied, Rejection> {
  let commands: CarePlanCommandOf<'set-goal'>[];
  try {
    commands = templateGoalCommands(template, plan, baselines);
  } catch {
    // A template or baselines that cannot be read: a typed refusal, never a throw.
    return err(rejection('invalid-command', 'The template or the baselines cannot be read.'));
  }
  let current = plan;
  const events: CarePlanEvent[] = [];
  for (const command of commands) {
    const r = transition(current, command, context);
    if (!r.ok) return err(r.error);
    current = r.value.plan;
    events.push(...r.value.events);
  }
  return ok({ plan: current, events, commands });
}

/** The review date the template's interval gives from `context.now` (for `agree-plan`). */
export const templateReviewDate = (
  template: PlanTemplate,
  context: Pick<TransitionContext, 'now' | 'timeZone'>,
): IsoDate =>
  suggestedReviewDate(
    context.now,
    { reviewIntervalMonths: template.reviewIntervalMonths },
    context.timeZone,
  );

/** The care-plan policy with the template's preparation lead time (for `planPreparation`). */
export const templatePolicy = <P extends { resultsLeadTimeDays: number }>(
  template: PlanTemplate,
  policy: P,
): P => ({ ...policy, resultsLeadTimeDays: template.preparationLeadTimeDays });
