import {
  type CarePlan,
  CarePlanStartSchema,
  err,
  makeParser,
  ok,
  type PersonId,
  type PlanCareTeam,
  type RecordId,
  type Result,
  type TenantId,
} from '@livewell/core';
import { contextProblem, type TransitionContext } from './context.js';
import { deepFreeze } from './deep-freeze.js';
import { stampEvent } from './event-factory.js';
import { isPermitted, type Permission } from './permissions.js';
import { type Rejection, rejection } from './rejection.js';
import { liveGoalStatuses } from './rules.js';
import { sealEvent } from './sealed-events.js';
import { planFromStartEvent, type StartEvent } from './start-event.js';
import { nextVersionPermission, startPermission } from './table.js';
import type { Transitioned } from './transition.js';

/** What starting a plan needs: whose plan, in which organisation, and who is on the team. */
export interface StartCarePlanCommand {
  readonly tenantId: TenantId;
  readonly personId: PersonId;
  readonly careTeam: PlanCareTeam;
}

const parseStart = makeParser('CarePlanStart', CarePlanStartSchema);
/** Starts {@link parseCarePlanStart} returned (deep-frozen, so still what was parsed). */
const parsedStarts = new WeakSet<object>();
const isParsedStart = (input: unknown): input is StartCarePlanCommand =>
  typeof input === 'object' && input !== null && parsedStarts.has(input);

export { isStartEvent, planFromStartEvent, type StartEvent } from './start-event.js';

/**
 * Parses the start of a plan from untrusted input: a tenant id, a person id and a care team
 * (`members` and `carers` arrays of well-formed entries). `invalid-command` with the
 * path-addressed issues otherwise; never throws. The start returned is deep-frozen and
 * remembered, so {@link startCarePlan} does not parse it again.
 */
export function parseCarePlanStart(input: unknown): Result<StartCarePlanCommand, Rejection> {
  if (isParsedStart(input)) return ok(input);
  const parsed = parseStart(input);
  if (parsed.ok) {
    parsedStarts.add(deepFreeze(parsed.value));
    return parsed;
  }
  return err(rejection('invalid-command', parsed.error.message, { issues: parsed.error.issues }));
}

const notAuthorised = (what: string) =>
  err(rejection('not-authorised', `This actor may not ${what} for this person.`));

function authorised(
  membership: { personId: PersonId; careTeam: PlanCareTeam },
  context: TransitionContext,
  permission: Permission,
): boolean {
  return isPermitted(membership, context.actor, permission, context.policy.systemActors);
}

/**
 * Starts a care and support plan: the person is invited (recall sent). Practice staff on the
 * care team or a system recall job the policy names may start one. The start and the context
 * are checked first: a malformed one is `invalid-command` / `invalid-context`, never a throw.
 *
 * @example
 * const started = startCarePlan({ tenantId, personId, careTeam }, context);
 */
export function startCarePlan(
  command: StartCarePlanCommand,
  context: TransitionContext,
): Result<Transitioned, Rejection> {
  const problem = contextProblem(context);
  if (problem) return err(problem);
  const parsed = parseCarePlanStart(command);
  if (!parsed.ok) return parsed;
  const start = parsed.value;
  if (!authorised(start, context, startPermission)) return notAuthorised('start a plan');
  const event = sealEvent(
    stampEvent(
      {
        tenantId: start.tenantId,
        planId: context.ids('care-plan') as RecordId,
        at: context.now,
        actor: context.actor,
        ids: context.ids,
      },
      {
        type: 'plan-invited',
        personId: start.personId,
        careTeam: start.careTeam, // the parsed start's own copy, deep-frozen
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
  const problem = contextProblem(context);
  if (problem) return err(problem);
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
  const event = sealEvent(
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
