import type { CarePlan } from '@livewell/core';
import { match } from 'ts-pattern';
import type { CarePlanCommand, CarePlanCommandOf, CarePlanCommandType } from './commands.js';
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
import { carePlanCommandTypes } from './table.js';

type Decider<T extends CarePlanCommandType> = (
  plan: CarePlan,
  command: CarePlanCommandOf<T>,
  context: TransitionContext,
) => Decision;
type AnyDecider = (
  plan: CarePlan,
  command: CarePlanCommand,
  context: TransitionContext,
) => Decision;

/** Pins a decider to the command type(s) ts-pattern narrowed `type` to. */
const typed = <T extends CarePlanCommandType>(_type: T, decider: Decider<T>) =>
  decider as unknown as AnyDecider;

/**
 * The decider for a command type, chosen by an exhaustive ts-pattern match (a new command type
 * without a decider is a compile error). Evaluated once per type when the module loads, so
 * `decide` is a table lookup rather than a pattern match per call.
 */
function deciderFor(type: CarePlanCommandType): AnyDecider {
  return match(type)
    .with('book-information-gathering', 'book-conversation', 'book-review', (t) =>
      typed(t, (_plan, c, context) => decideBooking(c, context)),
    )
    .with('send-preparation', (t) => typed(t, () => decideSendPreparation()))
    .with('record-arrival', (t) => typed(t, (_plan, c) => decideArrival(c)))
    .with('start-conversation', (t) => typed(t, decideStartConversation))
    .with('record-what-matters', (t) =>
      typed(t, (_plan, c, context) => decideWhatMatters(c, context)),
    )
    .with('set-goal', (t) => typed(t, (_plan, c, context) => decideSetGoal(c, context)))
    .with('change-goal-status', (t) => typed(t, decideGoalStatus))
    .with('draft-action-plan', (t) => typed(t, decideDraftActionPlan))
    .with('revise-action-plan', (t) => typed(t, decideReviseActionPlan))
    .with('record-contingency-plan', (t) =>
      typed(t, (_plan, c, context) => decideContingency(c, context)),
    )
    .with('agree-plan', (t) => typed(t, decideAgree))
    .with('pause', (t) => typed(t, (_plan, c) => decidePause(c)))
    .with('resume', (t) => typed(t, () => accept({ type: 'plan-resumed' })))
    .with('record-check-in', (t) => typed(t, decideCheckIn))
    .with('record-support-contact', (t) => typed(t, decideSupportContact))
    .with('start-review', (t) => typed(t, decideStartReview))
    .with('continue-plan', (t) => typed(t, decideContinue))
    .with('revise-plan', (t) => typed(t, (plan, _c, context) => decideRevise(plan, context)))
    .with('withdraw', (t) => typed(t, (_plan, c) => decideWithdraw(c)))
    .with('mark-entered-in-error', (t) => typed(t, (_plan, c) => decideEnteredInError(c)))
    .exhaustive();
}

const deciders = Object.fromEntries(
  carePlanCommandTypes.map((type) => [type, deciderFor(type)]),
) as Readonly<Record<CarePlanCommandType, AnyDecider>>;

/**
 * Turns an allowed command into event bodies, applying the command's business rules. State and
 * authorisation have already been checked against the transition table.
 */
export function decide(
  plan: CarePlan,
  command: CarePlanCommand,
  context: TransitionContext,
): Decision {
  return deciders[command.type](plan, command, context);
}
