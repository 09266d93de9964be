/**
 * FHIR R4 status mappings for plans and goals. The tables live in `@livewell/core` (shared with
 * `@livewell/fhir`); they are re-exported here because callers of the machine use them.
 */
export {
  type FhirCarePlanStatus,
  type FhirGoalLifecycleStatus,
  GOAL_ACHIEVEMENT_SYSTEM,
  toFhirCarePlanStatus,
  toFhirGoalAchievement,
  toFhirGoalLifecycleStatus,
} from '@livewell/core';
