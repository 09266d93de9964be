/**
 * @livewell/fhir — FHIR R4 export and import of livewell care plans, goals, assessments,
 * referrals, worklist tasks and directory records. Exports are plain FHIR JSON (typed with
 * `@medplum/fhirtypes` when installed); imports parse untrusted JSON and return typed errors.
 *
 * @packageDocumentation
 */
export {
  bandSystem,
  canonicalVersion,
  pamLevelCode,
  questionnaireCanonical,
  questionnaireUrl,
  responseScaleSystem,
  scoreSystem,
  totalScoreCodes,
} from './assessment/codes.js';
export type { AssessmentResources } from './assessment/export-assessment.js';
export { SCORE_IDENTIFIER_KIND, toFhirAssessment } from './assessment/export-assessment.js';
export { toFhirSubjectAssessment } from './assessment/export-subject-assessment.js';
export type { AssessmentImport } from './assessment/import-assessment.js';
export { fromFhirAssessment } from './assessment/import-assessment.js';
export { toFhirQuestionnaire } from './assessment/questionnaire.js';
export type { ImportedPersonRecord } from './bundle/import-bundle.js';
export { fromFhirBundle } from './bundle/import-bundle.js';
export type { ReferenceContext } from './bundle/referenced-resources.js';
export { referencedResources } from './bundle/referenced-resources.js';
export type { DanglingReference, FoundReference } from './bundle/references.js';
export { danglingReferences, referencesIn } from './bundle/references.js';
export type { BundleError, BundleOptions, PersonRecord } from './bundle/transaction-bundle.js';
export { toFhirTransactionBundle } from './bundle/transaction-bundle.js';
export type { CareTeamShape } from './care-plan/care-team.js';
export {
  CARE_TEAM_POSITION_SYSTEM,
  CONSENT_TO_SHARE_URL,
  carerParticipant,
  careTeamResource,
  memberParticipant,
  toFhirCareTeam,
} from './care-plan/care-team.js';
export {
  CONFIDENCE_CODE,
  LIVEWELL_OBSERVATION_SYSTEM,
  toFhirConfidence,
} from './care-plan/confidence.js';
export type { CarePlanResources } from './care-plan/export-care-plan.js';
export {
  CARE_PLAN_CATEGORY_TEXT,
  planCareTeamId,
  toFhirCarePlan,
} from './care-plan/export-care-plan.js';
export { GOAL_DOMAIN_SYSTEM, toFhirGoal } from './care-plan/goal.js';
export { toFhirGoalTarget } from './care-plan/goal-measure.js';
export type { CarePlanImport } from './care-plan/import-care-plan.js';
export { fromFhirCarePlan } from './care-plan/import-care-plan.js';
export { fromFhirCareTeam } from './care-plan/import-care-team.js';
export {
  GOAL_MEASUREMENT_CODE,
  MEASUREMENT_IDENTIFIER_KIND,
  toFhirMeasurement,
  toFhirMeasurements,
} from './care-plan/measurement.js';
export type {
  FhirActivityStatus,
  FhirCarePlanStatus,
  FhirGoalLifecycleStatus,
} from './care-plan/status.js';
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
} from './care-plan/status.js';
export type { ScheduleAvailability } from './directory/available-time.js';
export {
  describeSchedule,
  isRepresentable,
  scheduleAvailability,
} from './directory/available-time.js';
export {
  LANGUAGE_SYSTEM,
  toFhirHealthcareService,
  toFhirLocation,
  toFhirOrganization,
} from './directory/export-directory.js';
export {
  fromFhirHealthcareService,
  fromFhirLocation,
  fromFhirOrganization,
} from './directory/import-directory.js';
export type { OutcomePart } from './outcome/codes.js';
export {
  OUTCOME_MEASURE_KIND,
  OUTCOME_PART_URL,
  OUTCOME_SUMMARY_CATEGORY,
  OUTCOME_SUMMARY_TEXT,
  outcomeCommunicationId,
  outcomeParts,
} from './outcome/codes.js';
export type {
  ReferralOutcomeExportError,
  ReferralOutcomeOptions,
  ReferralOutcomeResources,
} from './outcome/export-outcome.js';
export { toFhirReferralOutcome } from './outcome/export-outcome.js';
export type { ReferralOutcomeImport, ReferralOutcomeMessage } from './outcome/import-outcome.js';
export { fromFhirReferralOutcome, ReferralOutcomeMessageSchema } from './outcome/import-outcome.js';
export type { OutcomeReadingWhen } from './outcome/measure-observation.js';
export { toFhirOutcomeObservation } from './outcome/measure-observation.js';
export { fromFhirPatient, toFhirPatient } from './person/patient.js';
export {
  PLAN_ACTION_IDS,
  planDefinitionUrl,
  toFhirPlanDefinition,
} from './plan-template/export-plan-definition.js';
export { fromFhirPlanDefinition } from './plan-template/import-plan-definition.js';
export type { MembershipRoleOptions } from './practitioner/membership-role.js';
export { toFhirMembershipRole } from './practitioner/membership-role.js';
export type { PractitionerInRole } from './practitioner/practitioner.js';
export {
  practitionerRoleId,
  toFhirPractitioner,
  toFhirPractitionerRole,
} from './practitioner/practitioner.js';
export type { ReferralDeclinedBy } from './referral/decline.js';
export { declineReason, whoDeclined } from './referral/decline.js';
export type { ReferralResources } from './referral/export-referral.js';
export {
  REFERRAL_CATEGORY_TEXT,
  REFERRAL_STATUS_SYSTEM,
  referralIntent,
  TASK_FULFILL,
  toFhirReferral,
} from './referral/export-referral.js';
export type { ReferralImport } from './referral/import-referral.js';
export { fromFhirReferral } from './referral/import-referral.js';
export type { FhirTaskStatus } from './referral/status.js';
export {
  fhirTaskStatuses,
  fromFhirTaskStatus,
  sdohReferralTaskStatuses,
  toFhirServiceRequestStatus,
  toFhirTaskStatus,
} from './referral/status.js';
export {
  ACTOR_ROLE_URL,
  actorReference,
  ON_BEHALF_OF_URL,
  PRACTITIONER_ROLE_SYSTEM,
  SYSTEM_ACTOR_URL,
} from './shared/actor.js';
export { fhirId, livewellIdentifier, referenceTo } from './shared/ids.js';
export type {
  FhirImportError,
  FhirImportIssue,
  FhirImportIssueCode,
} from './shared/import-error.js';
export { importError, importIssue } from './shared/import-error.js';
export type { UkCoreProfiled } from './shared/profiles.js';
export { hasUkCoreProfile, UK_CORE_PROFILES, ukCoreMeta } from './shared/profiles.js';
export {
  isReferencedOnly,
  REFERENCED_ONLY_TAG,
  referencedOnlyMeta,
} from './shared/referenced-only.js';
export type { FhirRequestStatus } from './shared/request-status.js';
export { fhirRequestStatuses } from './shared/request-status.js';
export {
  codeSystem,
  extensionUrl,
  FhirSystems,
  identifierSystem,
  LIVEWELL_FHIR_BASE,
  LivewellExtensions,
} from './shared/systems.js';
export type { FhirBundleImportOptions, FhirImportOptions } from './shared/tenant.js';
export { TASK_REASON_SYSTEM, toFhirTask, WORKLIST_STATUS_SYSTEM } from './task/export-task.js';
export {
  ASSESSMENT_FLAG_SYSTEM,
  flagObservationId,
  toFhirFlagObservation,
} from './task/flag-observation.js';
export { toFhirTaskPriority, toFhirWorklistTaskStatus } from './task/status.js';
