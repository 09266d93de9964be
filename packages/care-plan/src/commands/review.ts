import { type CarePlan, type CommandGroup, err, type RecordId, type Review } from '@livewell/core';
import type { Draft } from 'immer';
import { accept, type Decision } from '../decision.js';
import { copyActor, optional } from '../event-factory.js';
import { measuredGoalProgress } from '../goal-progress.js';
import type { CarePlanTypes } from '../lifecycle-types.js';
import { rejection } from '../rejection.js';
import { isReviewDue } from '../review-due.js';
import { clinicians, personAndClinicians, who } from '../who.js';
import { writable, writableEntry } from '../working-copy.js';
import { agreementProblemsOf, agreeProposedGoals } from './agreement.js';

/** The review in progress (the latest one without an outcome). */
export const openReview = (plan: CarePlan): Review | undefined =>
  plan.reviews.findLast((review) => review.outcome === undefined);

const noOpenReview = (): Decision =>
  err(rejection('invalid-transition', 'There is no review in progress.'));

function endReview(
  draft: Draft<CarePlan>,
  reviewId: string,
  outcome: 'continued' | 'revised',
  at: string,
) {
  const review = writableEntry(writable(draft, 'reviews'), (r) => r.id === reviewId);
  if (review) {
    review.outcome = outcome;
    review.endedAt = at;
  }
}

/** Reviewing the plan: start a review, then continue the plan or revise it (a new version). */
export const reviewCommands = {
  'start-review': {
    from: ['active', 'paused'],
    to: 'under-review',
    who: who(clinicians, { person: true, carer: true }),
    summary: 'start review',
    // A planned review needs the review date to have come; measured goals' progress is kept on it.
    decide: (plan, command, context) => {
      const progress = measuredGoalProgress(plan, context.now, context.timeZone);
      return accept.unless(
        command.kind === 'planned' && !isReviewDue(plan, context.now, context.timeZone)
          ? rejection('review-not-due', `The planned review is not due until ${plan.reviewDate}.`, {
              reviewDate: plan.reviewDate,
            })
          : undefined,
        {
          type: 'review-started',
          review: {
            id: context.ids('review') as RecordId,
            kind: command.kind,
            startedAt: context.now,
            startedBy: copyActor(context.actor),
            ...optional('reason', command.reason),
            ...(progress.length === 0 ? {} : { goalProgress: progress }),
          },
        },
      );
    },
    evolve: {
      'review-started': (draft, e) => {
        writable(draft, 'reviews').push(structuredClone(e.review));
        draft.state = 'under-review';
        delete draft.pausedReason;
      },
    },
  },
  'continue-plan': {
    from: ['under-review'],
    to: 'active',
    who: personAndClinicians,
    summary: 'continue plan',
    // Continues with a new review date; the agreement rules apply again.
    decide: (plan, command, context) => {
      const review = openReview(plan);
      if (!review) return noOpenReview();
      return accept.unless(
        agreementProblemsOf(plan, command.reviewDate, command.noActionPlanReason, context),
        {
          type: 'plan-continued',
          reviewId: review.id,
          reviewDate: command.reviewDate,
          ...optional('noActionPlanReason', command.noActionPlanReason),
        },
      );
    },
    evolve: {
      'plan-continued': (draft, e) => {
        endReview(draft, e.reviewId, 'continued', e.at);
        draft.state = 'active';
        draft.reviewDate = e.reviewDate;
        agreeProposedGoals(draft);
      },
    },
  },
  'revise-plan': {
    from: ['under-review'],
    to: 'superseded',
    who: personAndClinicians,
    summary: 'revise (new version)',
    // This version is superseded by a new one (see `startNextVersion`).
    decide: (plan, _command, context) => {
      const review = openReview(plan);
      if (!review) return noOpenReview();
      return accept({
        type: 'plan-superseded',
        reviewId: review.id,
        supersededBy: context.ids('care-plan') as RecordId,
      });
    },
    evolve: {
      'plan-superseded': (draft, e) => {
        endReview(draft, e.reviewId, 'revised', e.at);
        draft.state = 'superseded';
        draft.supersededBy = e.supersededBy;
      },
    },
  },
} satisfies CommandGroup<CarePlanTypes>;
