import {
  type CarePlan,
  err,
  isLowConfidence,
  type RecordId,
  type SupportNeed,
} from '@livewell/core';
import type { CarePlanCommandOf } from '../commands.js';
import type { TransitionContext } from '../context.js';
import { optional } from '../event-factory.js';
import { type Rejection, rejection } from '../rejection.js';
import {
  confidenceProblem,
  firstProblem,
  isValidDate,
  optionalTextProblem,
  textListProblem,
  textProblem,
} from '../rules.js';
import { accept, type Decision } from './outcome.js';

const unknownGoal = (plan: CarePlan, goalId: RecordId | undefined): Rejection | undefined =>
  goalId === undefined || plan.goals.some((g) => g.id === goalId)
    ? undefined
    : rejection('unknown-goal', `There is no goal ${goalId} in this plan.`, { goalId });

const unknownActionPlan = (plan: CarePlan, id: RecordId | undefined): Rejection | undefined =>
  id === undefined || plan.actionPlans.some((a) => a.id === id)
    ? undefined
    : rejection('unknown-action-plan', `There is no action plan ${id} in this plan.`, {
        actionPlanId: id,
      });

function supportProblem(needs: readonly SupportNeed[] | undefined): Rejection | undefined {
  if (needs === undefined) return undefined;
  if (needs.length > 20) return rejection('invalid-command', 'At most 20 support needs.');
  return firstProblem(...needs.map((need) => textProblem('supportNeeded', need.text, 1000)));
}

/** A "what matters to me" statement. */
export function decideWhatMatters(
  command: CarePlanCommandOf<'record-what-matters'>,
  context: TransitionContext,
): Decision {
  const problem = textProblem('text', command.text, 2000);
  if (problem) return err(problem);
  return accept({
    type: 'what-matters-recorded',
    statement: {
      id: context.ids('what-matters') as RecordId,
      text: command.text,
      inOwnWords: command.inOwnWords === true,
      recordedAt: context.now,
      recordedBy: { ...context.actor },
    },
  });
}

/** A new goal in the person's words; it starts as proposed and becomes agreed with the plan. */
export function decideSetGoal(
  command: CarePlanCommandOf<'set-goal'>,
  context: TransitionContext,
): Decision {
  const problem =
    textProblem('description', command.description, 2000) ??
    (command.targetDate === undefined || isValidDate(command.targetDate)
      ? undefined
      : rejection('invalid-command', 'targetDate must be a YYYY-MM-DD date.'));
  if (problem) return err(problem);
  return accept({
    type: 'goal-set',
    goal: {
      id: context.ids('goal') as RecordId,
      description: command.description,
      domain: command.domain,
      owner: command.owner,
      status: 'proposed',
      ...optional('targetDate', command.targetDate),
      setAt: context.now,
      setBy: { ...context.actor },
    },
  });
}

/** A goal's status or achievement changes (never back to proposed; never out of entered-in-error). */
export function decideGoalStatus(
  plan: CarePlan,
  command: CarePlanCommandOf<'change-goal-status'>,
): Decision {
  const goal = plan.goals.find((g) => g.id === command.goalId);
  const problem =
    unknownGoal(plan, command.goalId) ??
    optionalTextProblem('reason', command.reason, 1000) ??
    (goal?.status === 'entered-in-error' || command.status === 'proposed'
      ? rejection(
          'invalid-transition',
          'A goal is proposed only when set, and a goal entered in error stays so.',
          { goalId: command.goalId, from: goal?.status, to: command.status },
        )
      : undefined);
  if (problem) return err(problem);
  return accept({
    type: 'goal-status-changed',
    goalId: command.goalId,
    status: command.status,
    ...optional('achievement', command.achievement),
    ...optional('reason', command.reason),
  });
}

/** A new action plan (details may be completed later in the conversation). */
export function decideDraftActionPlan(
  plan: CarePlan,
  command: CarePlanCommandOf<'draft-action-plan'>,
  context: TransitionContext,
): Decision {
  const problem = firstProblem(
    textProblem('what', command.what, 1000),
    optionalTextProblem('howMuch', command.howMuch, 500),
    optionalTextProblem('when', command.when, 500),
    optionalTextProblem('howOften', command.howOften, 500),
    confidenceProblem(command.confidence),
    textListProblem('barriers', command.barriers, 20),
    supportProblem(command.supportNeeded),
    optionalTextProblem('revisionReason', command.revisionReason, 1000),
    unknownGoal(plan, command.goalId),
  );
  if (problem) return err(problem);
  return accept({
    type: 'action-plan-drafted',
    actionPlan: {
      id: context.ids('action-plan') as RecordId,
      ...optional('goalId', command.goalId),
      what: command.what,
      ...optional('howMuch', command.howMuch),
      ...optional('when', command.when),
      ...optional('howOften', command.howOften),
      ...optional('owner', command.owner && { ...command.owner }),
      ...optional('confidence', command.confidence),
      barriers: [...(command.barriers ?? [])],
      supportNeeded: (command.supportNeeded ?? []).map((need) => ({ ...need })),
      needsRevision: isLowConfidence(command.confidence),
      ...optional('revisionReason', command.revisionReason),
      checkIns: [],
      draftedAt: context.now,
    },
  });
}

/** Edits to an action plan; a new confidence rating re-evaluates whether it needs revision. */
export function decideReviseActionPlan(
  plan: CarePlan,
  command: CarePlanCommandOf<'revise-action-plan'>,
): Decision {
  const current = plan.actionPlans.find((a) => a.id === command.actionPlanId);
  const { changes } = command;
  const problem = firstProblem(
    unknownActionPlan(plan, command.actionPlanId),
    optionalTextProblem('what', changes.what, 1000),
    optionalTextProblem('howMuch', changes.howMuch, 500),
    optionalTextProblem('when', changes.when, 500),
    optionalTextProblem('howOften', changes.howOften, 500),
    confidenceProblem(changes.confidence),
    textListProblem('barriers', changes.barriers, 20),
    supportProblem(changes.supportNeeded),
    optionalTextProblem('revisionReason', command.revisionReason, 1000),
    unknownGoal(plan, changes.goalId),
  );
  if (problem || !current) return err(problem ?? rejection('unknown-action-plan', 'Not found.'));
  return accept({
    type: 'action-plan-revised',
    actionPlanId: command.actionPlanId,
    changes: structuredClone(changes),
    needsRevision: isLowConfidence(changes.confidence ?? current.confidence),
    ...optional('revisionReason', command.revisionReason),
  });
}

/** What to do if things get worse, and whom to call. */
export function decideContingency(
  command: CarePlanCommandOf<'record-contingency-plan'>,
  context: TransitionContext,
): Decision {
  const contacts = command.whomToCall;
  const problem = firstProblem(
    command.whatToDo.length === 0
      ? rejection('invalid-command', 'Say at least one thing to do if things get worse.')
      : undefined,
    textListProblem('whatToDo', command.whatToDo, 20),
    textListProblem('warningSigns', command.warningSigns, 20),
    contacts.length > 10 ? rejection('invalid-command', 'At most 10 contacts.') : undefined,
    ...contacts.flatMap((c) => [
      textProblem('whomToCall.name', c.name, 200),
      optionalTextProblem('whomToCall.role', c.role, 200),
      optionalTextProblem('whomToCall.phone', c.phone, 40),
    ]),
  );
  if (problem) return err(problem);
  return accept({
    type: 'contingency-plan-recorded',
    contingencyPlan: {
      warningSigns: [...command.warningSigns],
      whatToDo: [...command.whatToDo],
      whomToCall: contacts.map((c) => ({ ...c })),
      recordedAt: context.now,
    },
  });
}

/** Progress on an action plan between appointments. */
export function decideCheckIn(
  plan: CarePlan,
  command: CarePlanCommandOf<'record-check-in'>,
  context: TransitionContext,
): Decision {
  const problem = firstProblem(
    unknownActionPlan(plan, command.actionPlanId),
    optionalTextProblem('note', command.note, 2000),
    textListProblem('barriers', command.barriers, 20),
  );
  if (problem) return err(problem);
  return accept({
    type: 'progress-checked-in',
    actionPlanId: command.actionPlanId,
    checkIn: {
      at: context.now,
      by: { ...context.actor },
      progress: command.progress,
      ...optional('note', command.note),
      barriers: [...(command.barriers ?? [])],
    },
  });
}

/** A contact between appointments: a text, a coaching call, rehabilitation, peer support. */
export function decideSupportContact(
  plan: CarePlan,
  command: CarePlanCommandOf<'record-support-contact'>,
  context: TransitionContext,
): Decision {
  const problem =
    unknownActionPlan(plan, command.actionPlanId) ??
    optionalTextProblem('note', command.note, 2000);
  if (problem) return err(problem);
  return accept({
    type: 'support-contact-recorded',
    contact: {
      id: context.ids('support-contact') as RecordId,
      kind: command.kind,
      at: context.now,
      by: { ...context.actor },
      ...optional('actionPlanId', command.actionPlanId),
      ...optional('note', command.note),
    },
  });
}
