import type { CarePlan, CarePlanEvent, CarePlanEventOf } from '@livewell/core';
import { deepFreeze } from './deep-freeze.js';

/** The events that create a plan. */
export type StartEvent = CarePlanEventOf<'plan-invited' | 'next-version-started'>;

/** True for the events that create a plan. */
export const isStartEvent = (event: CarePlanEvent): event is StartEvent =>
  event.type === 'plan-invited' || event.type === 'next-version-started';

/**
 * Builds the first snapshot of a plan from its start event (frozen). Each kind is one object
 * literal with its keys in one order: a spread of a shared base makes V8 give every plan its own
 * hidden class, which made this and every later property read on the plan slow.
 */
export function planFromStartEvent(event: StartEvent): CarePlan {
  if (event.type === 'plan-invited') {
    return deepFreeze({
      schemaVersion: 2,
      id: event.planId,
      tenantId: event.tenantId,
      personId: event.personId,
      state: 'invited',
      revision: 1,
      careTeam: event.careTeam,
      createdAt: event.at,
      updatedAt: event.at,
      appointments: [],
      preparation: { reminders: [] },
      whatMattersToMe: [],
      goals: [],
      actionPlans: [],
      supportContacts: [],
      reviews: [],
    });
  }
  const { carried } = event;
  const plan: CarePlan = {
    schemaVersion: 2,
    id: event.planId,
    tenantId: event.tenantId,
    personId: event.personId,
    state: 'in-conversation',
    revision: event.revision,
    replaces: event.replaces,
    careTeam: event.careTeam,
    createdAt: event.at,
    updatedAt: event.at,
    appointments: [],
    preparation: { reminders: [] },
    conversationStartedAt: event.at,
    whatMattersToMe: carried.whatMattersToMe,
    goals: carried.goals,
    actionPlans: carried.actionPlans,
    supportContacts: [],
    reviews: [],
  };
  if (carried.contingencyPlan) plan.contingencyPlan = carried.contingencyPlan;
  return deepFreeze(plan);
}
