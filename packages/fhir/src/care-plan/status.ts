import {
  type CarePlanState,
  CarePlanStateSchema,
  type CheckIn,
  type GoalStatus,
  GoalStatusSchema,
  instantToMs,
  toFhirCarePlanStatus,
  toFhirGoalLifecycleStatus,
} from '@livewell/core';

export type { FhirCarePlanStatus, FhirGoalLifecycleStatus } from '@livewell/core';

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

/** The FHIR `CarePlan.status` for a plan state (core's table, shared with the care-plan machine). */
export const fhirCarePlanStatus = toFhirCarePlanStatus;

/**
 * The plan state for a FHIR status from another system (no exact state recorded): the first
 * state in lifecycle order with that status; `completed` and `unknown` have none.
 */
export function carePlanStateFromFhir(status: string): CarePlanState | undefined {
  const found = CarePlanStateSchema.options.find((s) => toFhirCarePlanStatus(s) === status);
  return found === 'invited' ? 'in-conversation' : found;
}

/** The FHIR `Goal.lifecycleStatus` for a goal status (core's table). */
export const fhirGoalStatus = toFhirGoalLifecycleStatus;

/** The goal status for a FHIR lifecycle status; `accepted` reads as agreed, `planned` has none. */
export function goalStatusFromFhir(status: string): GoalStatus | undefined {
  if (status === 'accepted') return 'agreed';
  return GoalStatusSchema.options.find((s) => toFhirGoalLifecycleStatus(s) === status);
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
