import { type CarePlan, err, type RecordId, type Review } from '@livewell/core';
import type { CarePlanCommandOf } from '../commands.js';
import type { TransitionContext } from '../context.js';
import { optional } from '../event-factory.js';
import { type Rejection, rejection } from '../rejection.js';
import { isReviewDue } from '../review-due.js';
import { agreementProblems, optionalTextProblem } from '../rules.js';
import { accept, type Decision } from './outcome.js';

/** The first agreement problem, carrying the codes of all of them in `details.problems`. */
function agreementRejection(
  plan: CarePlan,
  reviewDate: string,
  context: TransitionContext,
): Rejection | undefined {
  const problems = agreementProblems(plan, reviewDate, context.now, context.timeZone);
  const [first] = problems;
  if (!first) return undefined;
  return rejection(first.code, first.message, {
    ...first.details,
    problems: problems.map((p) => ({ code: p.code, message: p.message })),
  });
}

/** A reason that must be given (pausing, withdrawing, marking in error). */
function reasonProblem(reason: string): Rejection | undefined {
  if (typeof reason !== 'string' || reason.trim().length === 0) {
    return rejection('reason-required', 'Give a reason.');
  }
  return optionalTextProblem('reason', reason, 1000);
}

/** The review in progress (the latest one without an outcome). */
export const openReview = (plan: CarePlan): Review | undefined =>
  plan.reviews.findLast((review) => review.outcome === undefined);

const noOpenReview = (): Decision =>
  err(rejection('invalid-transition', 'There is no review in progress.'));

/** Agreeing the plan: the agreement rules apply. */
export function decideAgree(
  plan: CarePlan,
  command: CarePlanCommandOf<'agree-plan'>,
  context: TransitionContext,
): Decision {
  const problem = agreementRejection(plan, command.reviewDate, context);
  if (problem) return err(problem);
  return accept({ type: 'plan-agreed', reviewDate: command.reviewDate });
}

/** Pausing (for example a hospital stay, or at the person's request). */
export function decidePause(command: CarePlanCommandOf<'pause'>): Decision {
  const problem = reasonProblem(command.reason);
  if (problem) return err(problem);
  return accept({ type: 'plan-paused', reason: command.reason });
}

/** Starting a review; a planned review needs the review date to have come. */
export function decideStartReview(
  plan: CarePlan,
  command: CarePlanCommandOf<'start-review'>,
  context: TransitionContext,
): Decision {
  const problem =
    optionalTextProblem('reason', command.reason, 1000) ??
    (command.kind === 'planned' && !isReviewDue(plan, context.now, context.timeZone)
      ? rejection('review-not-due', `The planned review is not due until ${plan.reviewDate}.`, {
          reviewDate: plan.reviewDate,
        })
      : undefined);
  if (problem) return err(problem);
  return accept({
    type: 'review-started',
    review: {
      id: context.ids('review') as RecordId,
      kind: command.kind,
      startedAt: context.now,
      startedBy: { ...context.actor },
      ...optional('reason', command.reason),
    },
  });
}

/** A review that continues the plan with a new review date; the agreement rules apply again. */
export function decideContinue(
  plan: CarePlan,
  command: CarePlanCommandOf<'continue-plan'>,
  context: TransitionContext,
): Decision {
  const review = openReview(plan);
  if (!review) return noOpenReview();
  const problem = agreementRejection(plan, command.reviewDate, context);
  if (problem) return err(problem);
  return accept({ type: 'plan-continued', reviewId: review.id, reviewDate: command.reviewDate });
}

/** A review that revises the plan: this version is superseded by a new one (see `startNextVersion`). */
export function decideRevise(plan: CarePlan, context: TransitionContext): Decision {
  const review = openReview(plan);
  if (!review) return noOpenReview();
  return accept({
    type: 'plan-superseded',
    reviewId: review.id,
    supersededBy: context.ids('care-plan') as RecordId,
  });
}

/** Withdrawing (the person declines, or leaves the practice). */
export function decideWithdraw(command: CarePlanCommandOf<'withdraw'>): Decision {
  const problem = reasonProblem(command.reason);
  if (problem) return err(problem);
  return accept({ type: 'plan-withdrawn', reason: command.reason });
}

/** Marking the plan as entered in error (void). */
export function decideEnteredInError(
  command: CarePlanCommandOf<'mark-entered-in-error'>,
): Decision {
  const problem = reasonProblem(command.reason);
  if (problem) return err(problem);
  return accept({ type: 'marked-entered-in-error', reason: command.reason });
}
