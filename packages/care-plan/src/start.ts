import {
  type CarePlan,
  type CarePlanEvent,
  type CarePlanEventOf,
  err,
  ok,
  type PersonId,
  type PlanCareTeam,
  type RecordId,
  type Result,
  type TenantId,
} from '@livewell/core';
import type { TransitionContext } from './context.js';
import { deepFreeze } from './deep-freeze.js';
import { stampEvent } from './event-factory.js';
import { isPermitted, type Permission } from './permissions.js';
import { type Rejection, rejection } from './rejection.js';
import { liveGoalStatuses } from './rules.js';
import { nextVersionPermission, startPermission } from './table.js';
import type { Transitioned } from './transition.js';

/** What starting a plan needs: whose plan, in which organisation, and who is on the team. */
export interface StartCarePlanCommand {
  readonly tenantId: TenantId;
  readonly personId: PersonId;
  readonly careTeam: PlanCareTeam;
}

/** The events that create a plan. */
export type StartEvent = CarePlanEventOf<'plan-invited' | 'next-version-started'>;

/** True for the events that create a plan. */
export const isStartEvent = (event: CarePlanEvent): event is StartEvent =>
  event.type === 'plan-invited' || event.type === 'next-version-started';

/** Builds the first snapshot of a plan from its start event (frozen). */
export function planFromStartEvent(event: StartEvent): CarePlan {
  const base = {
    schemaVersion: 1 as const,
    id: event.planId,
    tenantId: event.tenantId,
    personId: event.personId,
    careTeam: event.careTeam,
    createdAt: event.at,
    updatedAt: event.at,
    appointments: [],
    preparation: {},
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

/** A private copy of the caller's care team (the plan freezes what it holds). */
const copyCareTeam = (team: PlanCareTeam): PlanCareTeam => ({
  members: team.members.map((member) => ({ ...member })),
  carers: team.carers.map((carer) => ({ ...carer })),
});

const notAuthorised = (what: string) =>
  err(rejection('not-authorised', `This actor may not ${what} for this person.`));

function authorised(
  membership: { personId: PersonId; careTeam: PlanCareTeam },
  context: TransitionContext,
  permission: Permission,
): boolean {
  return isPermitted(membership, context.actor, permission);
}

/**
 * Starts a care and support plan: the person is invited (recall sent). Practice staff on the
 * care team or a system recall job may start one.
 *
 * @example
 * const started = startCarePlan({ tenantId, personId, careTeam }, context);
 */
export function startCarePlan(
  command: StartCarePlanCommand,
  context: TransitionContext,
): Result<Transitioned, Rejection> {
  if (!authorised(command, context, startPermission)) return notAuthorised('start a plan');
  const event = deepFreeze(
    stampEvent(
      {
        tenantId: command.tenantId,
        planId: context.ids('care-plan') as RecordId,
        at: context.now,
        actor: context.actor,
        ids: context.ids,
      },
      {
        type: 'plan-invited',
        personId: command.personId,
        careTeam: copyCareTeam(command.careTeam),
      },
    ),
  ) as StartEvent;
  return ok({ plan: planFromStartEvent(event), events: Object.freeze([event]) });
}

/**
 * Starts the next version of a plan a review has superseded. The new plan `replaces` the old,
 * begins in conversation, and carries forward what matters, live goals, their action plans
 * (without past check-ins) and the contingency plan.
 */
export function startNextVersion(
  superseded: CarePlan,
  context: TransitionContext,
): Result<Transitioned, Rejection> {
  if (!authorised(superseded, context, nextVersionPermission)) {
    return notAuthorised('start the next version of this plan');
  }
  if (superseded.state !== 'superseded' || superseded.supersededBy === undefined) {
    return err(
      rejection('invalid-transition', 'Only a plan a review has superseded has a next version.', {
        state: superseded.state,
      }),
    );
  }
  const goals = superseded.goals.filter((g) => liveGoalStatuses.includes(g.status));
  const goalIds = new Set(goals.map((g) => g.id));
  const actionPlans = superseded.actionPlans
    .filter((a) => a.goalId === undefined || goalIds.has(a.goalId))
    .map((a) => ({ ...a, checkIns: [] }));
  const event = deepFreeze(
    stampEvent(
      {
        tenantId: superseded.tenantId,
        planId: superseded.supersededBy,
        at: context.now,
        actor: context.actor,
        ids: context.ids,
      },
      {
        type: 'next-version-started',
        personId: superseded.personId,
        careTeam: superseded.careTeam,
        revision: superseded.revision + 1,
        replaces: superseded.id,
        carried: {
          whatMattersToMe: superseded.whatMattersToMe,
          goals,
          actionPlans,
          ...(superseded.contingencyPlan && { contingencyPlan: superseded.contingencyPlan }),
        },
      },
    ),
  ) as StartEvent;
  return ok({ plan: planFromStartEvent(event), events: Object.freeze([event]) });
}
