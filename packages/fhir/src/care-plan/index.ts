export type { CareTeamShape } from './care-team.js';
export {
  CARE_TEAM_POSITION_SYSTEM,
  CONSENT_TO_SHARE_URL,
  carerParticipant,
  careTeamResource,
  memberParticipant,
  toFhirCareTeam,
} from './care-team.js';
export { CONFIDENCE_CODE, LIVEWELL_OBSERVATION_SYSTEM, toFhirConfidence } from './confidence.js';
export type { CarePlanResources } from './export-care-plan.js';
export { CARE_PLAN_CATEGORY_TEXT, planCareTeamId, toFhirCarePlan } from './export-care-plan.js';
export { GOAL_DOMAIN_SYSTEM, goalReference, toFhirGoal } from './goal.js';
export type { CarePlanImport } from './import-care-plan.js';
export { fromFhirCarePlan } from './import-care-plan.js';
export { fromFhirCareTeam } from './import-care-team.js';
export type { FhirActivityStatus, FhirCarePlanStatus, FhirGoalLifecycleStatus } from './status.js';
export {
  activityStatus,
  carePlanStateFromFhir,
  fhirActivityStatuses,
  fhirGoalLifecycleStatuses,
  GOAL_ACHIEVEMENT_SYSTEM,
  goalStatusFromFhir,
  toFhirCarePlanStatus,
  toFhirGoalAchievement,
  toFhirGoalLifecycleStatus,
} from './status.js';
