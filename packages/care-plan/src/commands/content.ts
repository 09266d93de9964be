import {
  type CarePlan,
  type CommandGroup,
  err,
  isLowConfidence,
  type RecordId,
} from '@livewell/core';
import { append } from '../append.js';
import { accept } from '../decision.js';
import { copyActor, optional } from '../event-factory.js';
import type { CarePlanTypes } from '../lifecycle-types.js';
import { type Rejection, rejection } from '../rejection.js';
import { clinicians, contributors, personAndClinicians, who } from '../who.js';
import { writable, writableEntry } from '../working-copy.js';

const unknownGoal = (plan: CarePlan, goalId: RecordId | undefined): Rejection | undefined =>
  goalId === undefined || plan.goals.some((g) => g.id === goalId)
    ? undefined
    : rejection('unknown-goal', `There is no goal ${goalId} in this plan.`, { goalId });

/** A reference to an action plan that is not in this plan. */
export const unknownActionPlan = (
  plan: CarePlan,
  id: RecordId | undefined,
): Rejection | undefined =>
  id === undefined || plan.actionPlans.some((a) => a.id === id)
    ? undefined
    : rejection('unknown-action-plan', `There is no action plan ${id} in this plan.`, {
        actionPlanId: id,
      });

const inConversation = ['in-conversation', 'under-review'] as const;

/**
 * Recording the plan's content in the conversation (and at review): what matters to the person,
 * goals in their words, action plans, and what to do if things get worse.
 */
export const contentCommands = {
  'record-what-matters': {
    from: inConversation,
    to: 'same',
    who: contributors,
    summary: 'what matters to me',
    decide: (_plan, command, context) =>
      accept({
        type: 'what-matters-recorded',
        statement: {
          id: context.ids('what-matters') as RecordId,
          text: command.text,
          inOwnWords: command.inOwnWords,
          recordedAt: context.now,
          recordedBy: copyActor(context.actor),
        },
      }),
    evolve: {
      'what-matters-recorded': (draft, e) => {
        append(draft, 'whatMattersToMe', e.statement);
      },
    },
  },
  'set-goal': {
    from: inConversation,
    to: 'same',
    who: personAndClinicians,
    summary: 'set goal',
    // A new goal in the person's words: proposed now, agreed with the plan.
    decide: (_plan, command, context) =>
      accept({
        type: 'goal-set',
        goal: {
          id: context.ids('goal') as RecordId,
          description: command.description,
          domain: command.domain,
          owner: command.owner,
          status: 'proposed',
          ...optional('targetDate', command.targetDate),
          ...optional('measure', command.measure && { ...command.measure }),
          setAt: context.now,
          setBy: copyActor(context.actor),
        },
      }),
    evolve: {
      'goal-set': (draft, e) => {
        writable(draft, 'goals').push({
          ...e.goal,
          ...optional('measure', e.goal.measure && { ...e.goal.measure }),
        });
      },
    },
  },
  'change-goal-status': {
    from: ['in-conversation', 'active', 'paused', 'under-review'],
    to: 'same',
    who: who([...clinicians, 'health-coach'], { person: true }),
    summary: 'goal status',
    // Never back to proposed; never out of entered-in-error.
    decide: (plan, command) => {
      const goal = plan.goals.find((g) => g.id === command.goalId);
      const problem =
        unknownGoal(plan, command.goalId) ??
        (goal?.status === 'entered-in-error' || command.status === 'proposed'
          ? rejection(
              'invalid-transition',
              'A goal is proposed only when set, and a goal entered in error stays so.',
              { goalId: command.goalId, from: goal?.status, to: command.status },
            )
          : undefined);
      return accept.unless(problem, {
        type: 'goal-status-changed',
        goalId: command.goalId,
        status: command.status,
        ...optional('achievement', command.achievement),
        ...optional('reason', command.reason),
      });
    },
    evolve: {
      'goal-status-changed': (draft, e) => {
        const goal = writableEntry(writable(draft, 'goals'), (g) => g.id === e.goalId);
        if (!goal) return;
        goal.status = e.status;
        if (e.achievement !== undefined) goal.achievement = e.achievement;
        if (e.reason !== undefined) goal.statusReason = e.reason;
      },
    },
  },
  'draft-action-plan': {
    from: inConversation,
    to: 'same',
    who: contributors,
    summary: 'draft action plan',
    // Details may be completed later in the conversation; low confidence flags a revision.
    decide: (plan, command, context) =>
      accept.unless(unknownGoal(plan, command.goalId), {
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
      }),
    evolve: {
      'action-plan-drafted': (draft, e) => {
        writable(draft, 'actionPlans').push({
          ...e.actionPlan,
          checkIns: [...e.actionPlan.checkIns],
        });
      },
    },
  },
  'revise-action-plan': {
    from: inConversation,
    to: 'same',
    who: contributors,
    summary: 'revise action plan',
    // A new confidence rating re-evaluates whether the plan needs revision.
    decide: (plan, command) => {
      const current = plan.actionPlans.find((a) => a.id === command.actionPlanId);
      const { changes } = command;
      const problem =
        unknownActionPlan(plan, command.actionPlanId) ?? unknownGoal(plan, changes.goalId);
      if (problem || !current)
        return err(problem ?? rejection('unknown-action-plan', 'Not found.'));
      return accept({
        type: 'action-plan-revised',
        actionPlanId: command.actionPlanId,
        changes: structuredClone(changes),
        needsRevision: isLowConfidence(changes.confidence ?? current.confidence),
        ...optional('revisionReason', command.revisionReason),
      });
    },
    evolve: {
      'action-plan-revised': (draft, e) => {
        const action = writableEntry(
          writable(draft, 'actionPlans'),
          (a) => a.id === e.actionPlanId,
        );
        if (!action) return;
        Object.assign(action, e.changes);
        action.needsRevision = e.needsRevision;
        if (e.revisionReason !== undefined) action.revisionReason = e.revisionReason;
        else if (!e.needsRevision) delete action.revisionReason;
      },
    },
  },
  'record-contingency-plan': {
    from: ['in-conversation', 'active', 'under-review'],
    to: 'same',
    who: contributors,
    summary: 'contingency plan',
    decide: (_plan, command, context) =>
      accept({
        type: 'contingency-plan-recorded',
        contingencyPlan: {
          warningSigns: [...command.warningSigns],
          whatToDo: [...command.whatToDo],
          whomToCall: command.whomToCall.map((c) => ({ ...c })),
          recordedAt: context.now,
        },
      }),
    evolve: {
      'contingency-plan-recorded': (draft, e) => {
        draft.contingencyPlan = e.contingencyPlan;
      },
    },
  },
} satisfies CommandGroup<CarePlanTypes>;
