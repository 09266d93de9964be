import type { CarePlan, CarePlanEvent, CarePlanEventOf } from '@livewell/core';
import { deepFreeze } from './deep-freeze.js';

/** The events that create a plan. */
export type StartEvent = CarePlanEventOf<'plan-invited' | 'next-version-started'>;

/** True for the events that create a plan. */
export const isStartEvent = (event: CarePlanEvent): event is StartEvent =>
  event.type === 'plan-invited' || event.type === 'next-version-started';

/** Builds the first snapshot of a plan from its start event (frozen). */
export function planFromStartEvent(event: StartEvent): CarePlan {
  const base = {
    schemaVersion: 2 as const,
    id: event.planId,
    tenantId: event.tenantId,
    personId: event.personId,
    careTeam: event.careTeam,
    createdAt: event.at,
    updatedAt: event.at,
    appointments: [],
    preparation: { reminders: [] },
    supportContacts: [],
    reviews: [],
  };
  const plan: CarePlan =
    event.type === 'plan-invited'
      ? { ...base, state: 'invited', revision: 1, whatMattersToMe: [], goals: [], actionPlans: [] }
      : {
          ...base,
          state: 'in-conversation',
          revision: event.revision,
          replaces: event.replaces,
          conversationStartedAt: event.at,
          whatMattersToMe: event.carried.whatMattersToMe,
          goals: event.carried.goals,
          actionPlans: event.carried.actionPlans,
          ...(event.carried.contingencyPlan && { contingencyPlan: event.carried.contingencyPlan }),
        };
  return deepFreeze(plan);
}
