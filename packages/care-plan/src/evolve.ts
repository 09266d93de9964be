import type {
  ActionPlan,
  CarePlan,
  CarePlanEvent,
  CarePlanEventOf,
  CarePlanEventType,
  Goal,
} from '@livewell/core';
import type { Draft } from 'immer';

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

type Reducer<T extends CarePlanEventType> = (
  draft: Draft<CarePlan>,
  event: CarePlanEventOf<T>,
) => void;

/**
 * How each event changes a plan draft: one reducer per event type. The mapped type makes the
 * record exhaustive (a new event type without a reducer is a compile error); a lookup is cheaper
 * than re-building a pattern match per event, which matters when replaying long histories.
 */
const reducers: { readonly [T in CarePlanEventType]: Reducer<T> } = {
  'plan-invited': () => undefined,
  'next-version-started': () => undefined,
  'information-gathering-booked': (draft, e) => {
    draft.appointments.push(e.appointment);
    draft.state = 'information-gathering';
  },
  'conversation-booked': (draft, e) => {
    draft.appointments.push(e.appointment);
  },
  'review-booked': (draft, e) => {
    draft.appointments.push(e.appointment);
  },
  'preparation-sent': (draft, e) => {
    draft.preparation.sentAt = e.at;
    draft.state = 'prepared';
  },
  'arrival-recorded': (draft, e) => {
    draft.preparation.arrival = { at: e.at, agendaSheetReceived: e.agendaSheetReceived };
  },
  'agenda-sheet-reissued': (draft, e) => {
    if (draft.preparation.arrival) draft.preparation.arrival.sheetReissuedAt = e.at;
  },
  'help-offered': (draft, e) => {
    if (draft.preparation.arrival) draft.preparation.arrival.helpOfferedAt = e.at;
  },
  'conversation-started': (draft, e) => {
    draft.state = 'in-conversation';
    draft.conversationStartedAt = e.at;
    if (e.leadTimeOverrideReason !== undefined) {
      draft.preparation.leadTimeOverrideReason = e.leadTimeOverrideReason;
    }
  },
  'what-matters-recorded': (draft, e) => {
    draft.whatMattersToMe.push(e.statement);
  },
  'goal-set': (draft, e) => {
    draft.goals.push({ ...e.goal });
  },
  'goal-status-changed': (draft, e) => {
    const goal = draft.goals.find((g) => g.id === e.goalId);
    if (!goal) return;
    goal.status = e.status;
    if (e.achievement !== undefined) goal.achievement = e.achievement;
    if (e.reason !== undefined) goal.statusReason = e.reason;
  },
  'action-plan-drafted': (draft, e) => {
    draft.actionPlans.push({ ...e.actionPlan, checkIns: [...e.actionPlan.checkIns] });
  },
  'action-plan-revised': (draft, e) => {
    const action = findAction(draft, e.actionPlanId);
    if (!action) return;
    Object.assign(action, e.changes);
    action.needsRevision = e.needsRevision;
    if (e.revisionReason !== undefined) action.revisionReason = e.revisionReason;
    else if (!e.needsRevision) delete action.revisionReason;
  },
  'contingency-plan-recorded': (draft, e) => {
    draft.contingencyPlan = e.contingencyPlan;
  },
  'plan-agreed': (draft, e) => {
    draft.state = 'active';
    draft.agreedAt = e.at;
    draft.reviewDate = e.reviewDate;
    agreeProposedGoals(draft.goals);
  },
  'plan-paused': (draft, e) => {
    draft.state = 'paused';
    draft.pausedReason = e.reason;
  },
  'plan-resumed': (draft) => {
    draft.state = 'active';
    delete draft.pausedReason;
  },
  'progress-checked-in': (draft, e) => {
    findAction(draft, e.actionPlanId)?.checkIns.push(e.checkIn);
  },
  'support-contact-recorded': (draft, e) => {
    draft.supportContacts.push(e.contact);
  },
  'review-started': (draft, e) => {
    draft.reviews.push({ ...e.review });
    draft.state = 'under-review';
    delete draft.pausedReason;
  },
  'plan-continued': (draft, e) => {
    endReview(draft, e.reviewId, 'continued', e.at);
    draft.state = 'active';
    draft.reviewDate = e.reviewDate;
    agreeProposedGoals(draft.goals);
  },
  'plan-superseded': (draft, e) => {
    endReview(draft, e.reviewId, 'revised', e.at);
    draft.state = 'superseded';
    draft.supersededBy = e.supersededBy;
  },
  'plan-withdrawn': (draft, e) => {
    draft.state = 'withdrawn';
    draft.endReason = e.reason;
  },
  'marked-entered-in-error': (draft, e) => {
    draft.state = 'entered-in-error';
    draft.endReason = e.reason;
  },
};

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
  (reducers[event.type] as Reducer<CarePlanEventType>)(draft, event);
}
