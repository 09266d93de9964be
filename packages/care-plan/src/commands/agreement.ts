import type { CarePlan, CommandGroup, IsoDate } from '@livewell/core';
import type { Draft } from 'immer';
import type { TransitionContext } from '../context.js';
import { accept } from '../decision.js';
import { optional } from '../event-factory.js';
import type { CarePlanTypes } from '../lifecycle-types.js';
import { type Rejection, rejection } from '../rejection.js';
import { agreementProblems } from '../rules.js';
import { clinicians, personAndClinicians, who } from '../who.js';
import { writable } from '../working-copy.js';

/** The first agreement problem, carrying the codes of all of them in `details.problems`. */
export function agreementProblemsOf(
  plan: CarePlan,
  reviewDate: IsoDate,
  noActionPlanReason: string | undefined,
  context: TransitionContext,
): Rejection | undefined {
  const problems = agreementProblems(
    plan,
    reviewDate,
    context.now,
    context.timeZone,
    noActionPlanReason,
  );
  const [first] = problems;
  if (!first) return undefined;
  return rejection(first.code, first.message, {
    ...first.details,
    problems: problems.map((p) => ({ code: p.code, message: p.message })),
  });
}

/** Proposed goals become agreed when the plan is agreed (or continued at review). */
export const agreeProposedGoals = (draft: Draft<CarePlan>) => {
  if (!draft.goals.some((goal) => goal.status === 'proposed')) return;
  const goals = writable(draft, 'goals');
  goals.forEach((goal, index) => {
    if (goal.status === 'proposed') writable(goals, index).status = 'agreed';
  });
};

/** Agreeing the plan, and pausing and resuming it. */
export const agreementCommands = {
  'agree-plan': {
    from: ['in-conversation'],
    to: 'active',
    who: personAndClinicians,
    summary: 'agree plan',
    // The agreement rules: what matters, a person-owned goal, complete action plans (or a
    // recorded reason why none is needed), low confidence addressed, a review date after today.
    decide: (plan, command, context) =>
      accept.unless(
        agreementProblemsOf(plan, command.reviewDate, command.noActionPlanReason, context),
        {
          type: 'plan-agreed',
          reviewDate: command.reviewDate,
          ...optional('noActionPlanReason', command.noActionPlanReason),
        },
      ),
    evolve: {
      'plan-agreed': (draft, e) => {
        draft.state = 'active';
        draft.agreedAt = e.at;
        draft.reviewDate = e.reviewDate;
        agreeProposedGoals(draft);
      },
    },
  },
  pause: {
    from: ['active'],
    to: 'paused',
    who: who(clinicians, { person: true, carer: true }),
    summary: 'pause',
    // For example a hospital stay, or at the person's request (a reason is required).
    decide: (_plan, command) => accept({ type: 'plan-paused', reason: command.reason }),
    evolve: {
      'plan-paused': (draft, e) => {
        draft.state = 'paused';
        draft.pausedReason = e.reason;
      },
    },
  },
  resume: {
    from: ['paused'],
    to: 'active',
    who: who(clinicians, { person: true, carer: true }),
    summary: 'resume',
    decide: () => accept({ type: 'plan-resumed' }),
    evolve: {
      'plan-resumed': (draft) => {
        draft.state = 'active';
        delete draft.pausedReason;
      },
    },
  },
} satisfies CommandGroup<CarePlanTypes>;
