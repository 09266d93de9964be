import type { Coding } from '../shared/coding.js';
import type { FhirRequestStatus } from '../shared/fhir-request-status.js';
import type { GoalAchievement, GoalStatus } from './goal.js';
import type { CarePlanState } from './state.js';

/**
 * The FHIR R4 status mappings of care and support plans and goals. They live in core so the
 * care-plan machine and the FHIR mapping share one table.
 */

/** FHIR R4 `CarePlan.status` codes (the RequestStatus value set). */
export type FhirCarePlanStatus = FhirRequestStatus;

/** FHIR R4 `Goal.lifecycleStatus` codes. */
export type FhirGoalLifecycleStatus =
  | 'proposed'
  | 'planned'
  | 'accepted'
  | 'active'
  | 'on-hold'
  | 'completed'
  | 'cancelled'
  | 'entered-in-error'
  | 'rejected';

const carePlanStatus: { readonly [S in CarePlanState]: FhirCarePlanStatus } = {
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

const goalStatus: { readonly [S in GoalStatus]: FhirGoalLifecycleStatus } = {
  proposed: 'proposed',
  agreed: 'active',
  paused: 'on-hold',
  done: 'completed',
  dropped: 'cancelled',
  declined: 'rejected',
  'entered-in-error': 'entered-in-error',
};

/**
 * The FHIR R4 `CarePlan.status` for a plan state. Total: preparation states are `draft`, an
 * agreed plan (also under review) `active`, paused `on-hold`, superseded `completed` (the new
 * version `replaces` it), withdrawn `revoked`.
 */
export const toFhirCarePlanStatus = (state: CarePlanState): FhirCarePlanStatus =>
  carePlanStatus[state];

/** The FHIR R4 `Goal.lifecycleStatus` for a goal status (agreed → `active`, dropped → `cancelled`). */
export const toFhirGoalLifecycleStatus = (status: GoalStatus): FhirGoalLifecycleStatus =>
  goalStatus[status];

/** The code system of FHIR `Goal.achievementStatus`. */
export const GOAL_ACHIEVEMENT_SYSTEM = 'http://terminology.hl7.org/CodeSystem/goal-achievement';

const achievementDisplay: { readonly [A in GoalAchievement]: string } = {
  'in-progress': 'In Progress',
  improving: 'Improving',
  worsening: 'Worsening',
  'no-change': 'No Change',
  achieved: 'Achieved',
  sustaining: 'Sustaining',
  'not-achieved': 'Not Achieved',
  'no-progress': 'No Progress',
  'not-attainable': 'Not Attainable',
};

/** The FHIR `Goal.achievementStatus` coding for a goal's achievement. */
export const toFhirGoalAchievement = (achievement: GoalAchievement): Coding => ({
  system: GOAL_ACHIEVEMENT_SYSTEM,
  code: achievement,
  display: achievementDisplay[achievement],
});
