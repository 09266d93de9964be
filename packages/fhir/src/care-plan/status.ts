import { type CarePlanState, type CheckIn, type GoalStatus, instantToMs } from '@livewell/core';
import type { CarePlan as FhirCarePlan, Goal as FhirGoal } from '@medplum/fhirtypes';

/** FHIR R4 `CarePlan.status` codes (RequestStatus). */
export type FhirCarePlanStatus = FhirCarePlan['status'];
/** FHIR R4 `Goal.lifecycleStatus` codes. */
export type FhirGoalLifecycleStatus = FhirGoal['lifecycleStatus'];
/** FHIR R4 `CarePlan.activity.detail.status` codes. */
export type FhirActivityStatus =
  | 'not-started'
  | 'scheduled'
  | 'in-progress'
  | 'on-hold'
  | 'completed'
  | 'cancelled'
  | 'stopped'
  | 'unknown'
  | 'entered-in-error';

const planStatus: Readonly<Record<CarePlanState, FhirCarePlanStatus>> = {
  invited: 'draft',
  'information-gathering': 'draft',
  prepared: 'draft',
  'in-conversation': 'draft',
  active: 'active',
  paused: 'on-hold',
  'under-review': 'active',
  superseded: 'completed',
  withdrawn: 'revoked',
  'entered-in-error': 'entered-in-error',
};

/**
 * The FHIR `CarePlan.status` for a plan state: the preparation states are `draft`, a plan in
 * force or under review is `active`, paused is `on-hold`, superseded is `completed` (the new
 * version `replaces` it) and withdrawn is `revoked`.
 */
export const fhirCarePlanStatus = (state: CarePlanState): FhirCarePlanStatus => planStatus[state];

/**
 * The plan state for a FHIR status from another system (no exact state recorded): the first
 * state in lifecycle order with that status; `completed` and `unknown` have none.
 */
export function carePlanStateFromFhir(status: string): CarePlanState | undefined {
  const found = (Object.keys(planStatus) as CarePlanState[]).find((s) => planStatus[s] === status);
  return found === 'invited' ? 'in-conversation' : found;
}

const goalStatus: Readonly<Record<GoalStatus, FhirGoalLifecycleStatus>> = {
  proposed: 'proposed',
  agreed: 'active',
  paused: 'on-hold',
  done: 'completed',
  dropped: 'cancelled',
  declined: 'rejected',
  'entered-in-error': 'entered-in-error',
};

/** The FHIR `Goal.lifecycleStatus` for a goal status (agreed → `active`, done → `completed`). */
export const fhirGoalStatus = (status: GoalStatus): FhirGoalLifecycleStatus => goalStatus[status];

/** The goal status for a FHIR lifecycle status; `accepted` reads as agreed, `planned` has none. */
export function goalStatusFromFhir(status: string): GoalStatus | undefined {
  if (status === 'accepted') return 'agreed';
  return (Object.keys(goalStatus) as GoalStatus[]).find((s) => goalStatus[s] === status);
}

/** An action plan's FHIR activity status from its latest check-in (none → `not-started`). */
export function activityStatus(checkIns: readonly CheckIn[]): FhirActivityStatus {
  const latest = checkIns.reduce<CheckIn | undefined>(
    (a, c) => (a === undefined || instantToMs(c.at) >= instantToMs(a.at) ? c : a),
    undefined,
  );
  switch (latest?.progress) {
    case undefined:
    case 'not-started':
      return 'not-started';
    case 'all':
      return 'completed';
    default:
      return 'in-progress';
  }
}
