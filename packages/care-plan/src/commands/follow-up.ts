import type { CarePlan, CarePlanCommandOf, CommandGroup, RecordId } from '@livewell/core';
import { append } from '../append.js';
import { accept } from '../decision.js';
import { copyActor, optional } from '../event-factory.js';
import type { CarePlanTypes } from '../lifecycle-types.js';
import { type Rejection, rejection } from '../rejection.js';
import { practiceOrSystem, supporters, who } from '../who.js';
import { writable, writableEntry } from '../working-copy.js';
import { unknownActionPlan } from './content.js';

/** A measurement on a check-in needs the action plan to serve a goal with a measure. */
const unmeasuredGoal = (
  plan: CarePlan,
  command: CarePlanCommandOf<'record-check-in'>,
): Rejection | undefined => {
  if (command.measurement === undefined) return undefined;
  const action = plan.actionPlans.find((a) => a.id === command.actionPlanId);
  const goal = plan.goals.find((g) => g.id === action?.goalId);
  return goal?.measure === undefined
    ? rejection(
        'goal-not-measured',
        'A measured value needs an action plan that serves a goal with a measure.',
        { actionPlanId: command.actionPlanId, goalId: action?.goalId },
      )
    : undefined;
};

/** Between appointments: check-ins on action plans, support contacts, booking the review. */
export const followUpCommands = {
  'record-check-in': {
    from: ['active', 'under-review'],
    to: 'same',
    who: supporters,
    summary: 'check-in',
    decide: (plan, command, context) =>
      accept.unless(
        unknownActionPlan(plan, command.actionPlanId) ?? unmeasuredGoal(plan, command),
        {
          type: 'progress-checked-in',
          actionPlanId: command.actionPlanId,
          checkIn: {
            at: context.now,
            by: copyActor(context.actor),
            progress: command.progress,
            ...optional('note', command.note),
            barriers: [...(command.barriers ?? [])],
            ...optional('measurement', command.measurement && { ...command.measurement }),
          },
        },
      ),
    evolve: {
      'progress-checked-in': (draft, e) => {
        const action = writableEntry(
          writable(draft, 'actionPlans'),
          (a) => a.id === e.actionPlanId,
        );
        if (action) append(action, 'checkIns', e.checkIn);
      },
    },
  },
  'record-support-contact': {
    from: ['active', 'paused', 'under-review'],
    to: 'same',
    who: who(supporters.roles, { system: true }),
    summary: 'support contact',
    // A text, a coaching call, rehabilitation, peer support.
    decide: (plan, command, context) =>
      accept.unless(unknownActionPlan(plan, command.actionPlanId), {
        type: 'support-contact-recorded',
        contact: {
          id: context.ids('support-contact') as RecordId,
          kind: command.kind,
          at: context.now,
          by: copyActor(context.actor),
          ...optional('actionPlanId', command.actionPlanId),
          ...optional('note', command.note),
        },
      }),
    evolve: {
      'support-contact-recorded': (draft, e) => {
        append(draft, 'supportContacts', e.contact);
      },
    },
  },
  'book-review': {
    from: ['active', 'paused'],
    to: 'same',
    who: who(practiceOrSystem.roles, { person: true, carer: true, system: true }),
    summary: 'book review',
    decide: (_plan, command, context) =>
      accept({
        type: 'review-booked',
        appointment: {
          id: context.ids('appointment') as RecordId,
          kind: 'review',
          start: command.start,
          bookedAt: context.now,
        },
      }),
    evolve: {
      'review-booked': (draft, e) => {
        append(draft, 'appointments', e.appointment);
      },
    },
  },
} satisfies CommandGroup<CarePlanTypes>;
