import {
  type CarePlanState,
  CarePlanStateSchema,
  type CheckIn,
  type GoalAchievement,
  type GoalStatus,
  GoalStatusSchema,
  instantToMs,
} from '@livewell/core';
import type { Coding } from '@medplum/fhirtypes';
import { match } from 'ts-pattern';
import type { FhirRequestStatus } from '../shared/request-status.js';
import { FhirSystems } from '../shared/systems.js';

/** FHIR R4 `CarePlan.status` codes (the RequestStatus value set). */
export type FhirCarePlanStatus = FhirRequestStatus;

/** FHIR R4 `Goal.lifecycleStatus` codes (`http://hl7.org/fhir/goal-status`), in order. */
export const fhirGoalLifecycleStatuses = [
  'proposed',
  'planned',
  'accepted',
  'active',
  'on-hold',
  'completed',
  'cancelled',
  'entered-in-error',
  'rejected',
] as const;
/** A FHIR R4 `Goal.lifecycleStatus` code. */
export type FhirGoalLifecycleStatus = (typeof fhirGoalLifecycleStatuses)[number];

/** FHIR R4 `CarePlan.activity.detail.status` codes (`http://hl7.org/fhir/care-plan-activity-status`). */
export const fhirActivityStatuses = [
  'not-started',
  'scheduled',
  'in-progress',
  'on-hold',
  'completed',
  'cancelled',
  'stopped',
  'unknown',
  'entered-in-error',
] as const;
/** A FHIR R4 `CarePlan.activity.detail.status` code. */
export type FhirActivityStatus = (typeof fhirActivityStatuses)[number];

/**
 * The FHIR R4 `CarePlan.status` for a plan state. Total: preparation states are `draft`, an
 * agreed plan (also under review) `active`, paused `on-hold`, superseded `completed` (the new
 * version `replaces` it), withdrawn `revoked`.
 *
 * @example
 * toFhirCarePlanStatus('under-review'); // 'active'
 */
export const toFhirCarePlanStatus = (state: CarePlanState): FhirCarePlanStatus =>
  match(state)
    .returnType<FhirCarePlanStatus>()
    .with('invited', 'information-gathering', 'prepared', 'in-conversation', () => 'draft')
    .with('active', 'under-review', () => 'active')
    .with('paused', () => 'on-hold')
    .with('superseded', () => 'completed')
    .with('withdrawn', () => 'revoked')
    .with('entered-in-error', () => 'entered-in-error')
    .exhaustive();

/**
 * The plan state for a FHIR status from another system (no exact state recorded): `draft` reads
 * as in-conversation, otherwise the first state in lifecycle order with that status; `unknown`
 * has none.
 */
export function carePlanStateFromFhir(status: string): CarePlanState | undefined {
  const found = CarePlanStateSchema.options.find((s) => toFhirCarePlanStatus(s) === status);
  return found === 'invited' ? 'in-conversation' : found;
}

/**
 * The FHIR R4 `Goal.lifecycleStatus` for a goal status (agreed → `active`, dropped →
 * `cancelled`, declined → `rejected`).
 */
export const toFhirGoalLifecycleStatus = (status: GoalStatus): FhirGoalLifecycleStatus =>
  match(status)
    .returnType<FhirGoalLifecycleStatus>()
    .with('proposed', () => 'proposed')
    .with('agreed', () => 'active')
    .with('paused', () => 'on-hold')
    .with('done', () => 'completed')
    .with('dropped', () => 'cancelled')
    .with('declined', () => 'rejected')
    .with('entered-in-error', () => 'entered-in-error')
    .exhaustive();

/** The goal status for a FHIR lifecycle status; `accepted` reads as agreed, `planned` has none. */
export function goalStatusFromFhir(status: string): GoalStatus | undefined {
  if (status === 'accepted') return 'agreed';
  return GoalStatusSchema.options.find((s) => toFhirGoalLifecycleStatus(s) === status);
}

/** The code system of FHIR `Goal.achievementStatus` (the codes are livewell's own words). */
export const GOAL_ACHIEVEMENT_SYSTEM = FhirSystems.goalAchievement;

/** The FHIR `Goal.achievementStatus` coding for a goal's achievement (display as HL7 gives it). */
export const toFhirGoalAchievement = (achievement: GoalAchievement): Coding => ({
  system: GOAL_ACHIEVEMENT_SYSTEM,
  code: achievement,
  display: match(achievement)
    .with('in-progress', () => 'In Progress')
    .with('improving', () => 'Improving')
    .with('worsening', () => 'Worsening')
    .with('no-change', () => 'No Change')
    .with('achieved', () => 'Achieved')
    .with('sustaining', () => 'Sustaining')
    .with('not-achieved', () => 'Not Achieved')
    .with('no-progress', () => 'No Progress')
    .with('not-attainable', () => 'Not Attainable')
    .exhaustive(),
});

/** An action plan's FHIR activity status from its latest check-in (none → `not-started`). */
export function activityStatus(checkIns: readonly CheckIn[]): FhirActivityStatus {
  const latest = checkIns.reduce<CheckIn | undefined>(
    (a, c) => (a === undefined || instantToMs(c.at) >= instantToMs(a.at) ? c : a),
    undefined,
  );
  return match(latest?.progress)
    .returnType<FhirActivityStatus>()
    .with(undefined, 'not-started', () => 'not-started')
    .with('some', 'most', () => 'in-progress')
    .with('all', () => 'completed')
    .exhaustive();
}
