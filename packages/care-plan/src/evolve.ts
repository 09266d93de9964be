import type { ActionPlan, CarePlan, CarePlanEvent, Goal } from '@livewell/core';
import type { Draft } from 'immer';
import { match } from 'ts-pattern';

const agreeProposedGoals = (goals: Draft<Goal>[]) => {
  for (const goal of goals) if (goal.status === 'proposed') goal.status = 'agreed';
};

const findAction = (draft: Draft<CarePlan>, id: string): Draft<ActionPlan> | undefined =>
  draft.actionPlans.find((a) => a.id === id);

function endReview(
  draft: Draft<CarePlan>,
  reviewId: string,
  outcome: 'continued' | 'revised',
  at: string,
) {
  const review = draft.reviews.find((r) => r.id === reviewId);
  if (review) {
    review.outcome = outcome;
    review.endedAt = at;
  }
}

/**
 * Applies one event to a plan draft (immer). The only place plan state changes: `transition`
 * and `replay` both fold events through it, so a replayed history equals the live plan.
 * Start events (`plan-invited`, `next-version-started`) create plans and are handled by
 * {@link planFromStartEvent}; here they only touch `updatedAt`.
 *
 * Records that later events change in place (goals, action plans, reviews) are copied in, because
 * immer does not draft objects added during the same recipe, and events are frozen.
 */
export function applyEvent(draft: Draft<CarePlan>, event: CarePlanEvent): void {
  draft.updatedAt = event.at;
  match(event)
    .with({ type: 'plan-invited' }, { type: 'next-version-started' }, () => undefined)
    .with({ type: 'information-gathering-booked' }, (e) => {
      draft.appointments.push(e.appointment);
      draft.state = 'information-gathering';
    })
    .with({ type: 'conversation-booked' }, { type: 'review-booked' }, (e) => {
      draft.appointments.push(e.appointment);
    })
    .with({ type: 'preparation-sent' }, (e) => {
      draft.preparation.sentAt = e.at;
      draft.state = 'prepared';
    })
    .with({ type: 'arrival-recorded' }, (e) => {
      draft.preparation.arrival = { at: e.at, agendaSheetReceived: e.agendaSheetReceived };
    })
    .with({ type: 'agenda-sheet-reissued' }, (e) => {
      if (draft.preparation.arrival) draft.preparation.arrival.sheetReissuedAt = e.at;
    })
    .with({ type: 'help-offered' }, (e) => {
      if (draft.preparation.arrival) draft.preparation.arrival.helpOfferedAt = e.at;
    })
    .with({ type: 'conversation-started' }, (e) => {
      draft.state = 'in-conversation';
      draft.conversationStartedAt = e.at;
      if (e.leadTimeOverrideReason !== undefined) {
        draft.preparation.leadTimeOverrideReason = e.leadTimeOverrideReason;
      }
    })
    .with({ type: 'what-matters-recorded' }, (e) => {
      draft.whatMattersToMe.push(e.statement);
    })
    .with({ type: 'goal-set' }, (e) => {
      draft.goals.push({ ...e.goal });
    })
    .with({ type: 'goal-status-changed' }, (e) => {
      const goal = draft.goals.find((g) => g.id === e.goalId);
      if (!goal) return;
      goal.status = e.status;
      if (e.achievement !== undefined) goal.achievement = e.achievement;
      if (e.reason !== undefined) goal.statusReason = e.reason;
    })
    .with({ type: 'action-plan-drafted' }, (e) => {
      draft.actionPlans.push({ ...e.actionPlan, checkIns: [...e.actionPlan.checkIns] });
    })
    .with({ type: 'action-plan-revised' }, (e) => {
      const action = findAction(draft, e.actionPlanId);
      if (!action) return;
      Object.assign(action, e.changes);
      action.needsRevision = e.needsRevision;
      if (e.revisionReason !== undefined) action.revisionReason = e.revisionReason;
      else if (!e.needsRevision) delete action.revisionReason;
    })
    .with({ type: 'contingency-plan-recorded' }, (e) => {
      draft.contingencyPlan = e.contingencyPlan;
    })
    .with({ type: 'plan-agreed' }, (e) => {
      draft.state = 'active';
      draft.agreedAt = e.at;
      draft.reviewDate = e.reviewDate;
      agreeProposedGoals(draft.goals);
    })
    .with({ type: 'plan-paused' }, (e) => {
      draft.state = 'paused';
      draft.pausedReason = e.reason;
    })
    .with({ type: 'plan-resumed' }, () => {
      draft.state = 'active';
      delete draft.pausedReason;
    })
    .with({ type: 'progress-checked-in' }, (e) => {
      findAction(draft, e.actionPlanId)?.checkIns.push(e.checkIn);
    })
    .with({ type: 'support-contact-recorded' }, (e) => {
      draft.supportContacts.push(e.contact);
    })
    .with({ type: 'review-started' }, (e) => {
      draft.reviews.push({ ...e.review });
      draft.state = 'under-review';
      delete draft.pausedReason;
    })
    .with({ type: 'plan-continued' }, (e) => {
      endReview(draft, e.reviewId, 'continued', e.at);
      draft.state = 'active';
      draft.reviewDate = e.reviewDate;
      agreeProposedGoals(draft.goals);
    })
    .with({ type: 'plan-superseded' }, (e) => {
      endReview(draft, e.reviewId, 'revised', e.at);
      draft.state = 'superseded';
      draft.supersededBy = e.supersededBy;
    })
    .with({ type: 'plan-withdrawn' }, (e) => {
      draft.state = 'withdrawn';
      draft.endReason = e.reason;
    })
    .with({ type: 'marked-entered-in-error' }, (e) => {
      draft.state = 'entered-in-error';
      draft.endReason = e.reason;
    })
    .exhaustive();
}
