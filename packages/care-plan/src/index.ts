/**
 * @livewell/care-plan — the care and support planning lifecycle as a pure state machine:
 * commands in, past-tense events out, replay, rules, preparation timeline and a Mermaid
 * diagram, all derived (by the core lifecycle kit) from one record of command specs.
 *
 * @packageDocumentation
 */

export type { CarePlanCommand, CarePlanCommandOf, CarePlanCommandType } from '@livewell/core';
export { allowedCommands } from './allowed.js';
export type { TransitionContext } from './context.js';
export { contextProblem, parseTransitionContext } from './context.js';
export type { Decision } from './decision.js';
export {
  lifecycleDiagramMarkdown,
  TABLE_END,
  TABLE_START,
  transitionTableMarkdown,
  withTransitionTable,
} from './diagram-doc.js';
export type { CarePlanEventBody } from './event-factory.js';
export { applyEvent } from './evolve.js';
export {
  goalProgress,
  measuredGoalProgress,
  measurementsOf,
  suggestedAchievement,
} from './goal-progress.js';
export { letterFormatFor } from './letter-format.js';
export { carePlanLifecycle } from './lifecycle.js';
export type { Caller, CarePlanTypes } from './lifecycle-types.js';
export { measurementFromAssessment } from './measurement-from-assessment.js';
export { toMermaid } from './mermaid.js';
export type { Permission, PlanMembership } from './permissions.js';
export {
  isConsentingCarer,
  isInCareTeam,
  isPermitted,
  isTrustedSystem,
  memberRole,
  planningClinicians,
  practiceStaff,
  supportWorkers,
} from './permissions.js';
export type { PreparationStep } from './preparation.js';
export { planPreparation } from './preparation.js';
export type { Rejection, RejectionCode } from './rejection.js';
export { rejection, rejectionCodes } from './rejection.js';
export { applyEvents, replay } from './replay.js';
export { isReviewDue, suggestedReviewDate } from './review-due.js';
export type { Revised } from './revise.js';
export { revisePlan } from './revise.js';
export { agreementProblems, liveGoalStatuses, resultsLeadTimeProblem } from './rules.js';
export type { StartCarePlanCommand } from './start.js';
export { parseCarePlanStart, startCarePlan, startNextVersion } from './start.js';
export type { StartEvent } from './start-event.js';
export { isStartEvent, planFromStartEvent } from './start-event.js';
export type { TransitionRow } from './table.js';
export {
  carePlanCommandTypes,
  nextVersionPermission,
  planStarts,
  startPermission,
  transitionTable,
} from './table.js';
export type { TemplateApplied, TemplateBaselines } from './templates/apply-template.js';
export {
  applyTemplate,
  templateGoalCommands,
  templatePolicy,
  templateReviewDate,
} from './templates/apply-template.js';
export { copdReview, type2DiabetesAnnualReview } from './templates/worked-templates.js';
export type { Stepped, Transitioned } from './transition.js';
export { gate, step, transition } from './transition.js';
export { CURRENT_CARE_PLAN_SCHEMA_VERSION, upcastCarePlan, upcastCarePlanEvent } from './upcast.js';
