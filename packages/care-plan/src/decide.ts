import type { CarePlan } from '@livewell/core';
import { match } from 'ts-pattern';
import type { CarePlanCommand } from './commands.js';
import type { TransitionContext } from './context.js';
import {
  accept,
  type Decision,
  decideAgree,
  decideArrival,
  decideBooking,
  decideCheckIn,
  decideContingency,
  decideContinue,
  decideDraftActionPlan,
  decideEnteredInError,
  decideGoalStatus,
  decidePause,
  decideRevise,
  decideReviseActionPlan,
  decideSendPreparation,
  decideSetGoal,
  decideStartConversation,
  decideStartReview,
  decideSupportContact,
  decideWhatMatters,
  decideWithdraw,
} from './decide/index.js';

/**
 * Turns an allowed command into event bodies, applying the command's business rules. State and
 * authorisation have already been checked against the transition table. Exhaustive over every
 * command type.
 */
export function decide(
  plan: CarePlan,
  command: CarePlanCommand,
  context: TransitionContext,
): Decision {
  return match(command)
    .with({ type: 'book-information-gathering' }, (c) => decideBooking(c, context))
    .with({ type: 'book-conversation' }, (c) => decideBooking(c, context))
    .with({ type: 'book-review' }, (c) => decideBooking(c, context))
    .with({ type: 'send-preparation' }, () => decideSendPreparation())
    .with({ type: 'record-arrival' }, (c) => decideArrival(c))
    .with({ type: 'start-conversation' }, (c) => decideStartConversation(plan, c, context))
    .with({ type: 'record-what-matters' }, (c) => decideWhatMatters(c, context))
    .with({ type: 'set-goal' }, (c) => decideSetGoal(c, context))
    .with({ type: 'change-goal-status' }, (c) => decideGoalStatus(plan, c))
    .with({ type: 'draft-action-plan' }, (c) => decideDraftActionPlan(plan, c, context))
    .with({ type: 'revise-action-plan' }, (c) => decideReviseActionPlan(plan, c))
    .with({ type: 'record-contingency-plan' }, (c) => decideContingency(c, context))
    .with({ type: 'agree-plan' }, (c) => decideAgree(plan, c, context))
    .with({ type: 'pause' }, (c) => decidePause(c))
    .with({ type: 'resume' }, () => accept({ type: 'plan-resumed' }))
    .with({ type: 'record-check-in' }, (c) => decideCheckIn(plan, c, context))
    .with({ type: 'record-support-contact' }, (c) => decideSupportContact(plan, c, context))
    .with({ type: 'start-review' }, (c) => decideStartReview(plan, c, context))
    .with({ type: 'continue-plan' }, (c) => decideContinue(plan, c, context))
    .with({ type: 'revise-plan' }, () => decideRevise(plan, context))
    .with({ type: 'withdraw' }, (c) => decideWithdraw(c))
    .with({ type: 'mark-entered-in-error' }, (c) => decideEnteredInError(c))
    .exhaustive();
}
