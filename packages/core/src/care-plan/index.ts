export type { ActionPlan, CheckIn, SupportNeed } from './action-plan.js';
export {
  ActionPlanSchema,
  CheckInSchema,
  ConfidenceSchema,
  isLowConfidence,
  LOW_CONFIDENCE_THRESHOLD,
  SupportNeedSchema,
} from './action-plan.js';
export type {
  Agenda,
  AgendaAnswer,
  AgendaQuestion,
  AgendaSheet,
  AgendaTopic,
  AgendaTopicOutcome,
} from './agenda.js';
export {
  AgendaAnswerSchema,
  AgendaQuestionKeySchema,
  AgendaQuestionSchema,
  AgendaSchema,
  AgendaSheetSchema,
  AgendaTopicOutcomeSchema,
  AgendaTopicSchema,
} from './agenda.js';
export type { Appointment, AppointmentKind } from './appointment.js';
export { AppointmentKindSchema, AppointmentSchema } from './appointment.js';
export type { CarePlan, PlanCarer, PlanCareTeam, Preparation } from './care-plan.js';
export {
  CarePlanSchema,
  PlanCarerSchema,
  PlanCareTeamSchema,
  PreparationSchema,
} from './care-plan.js';
export { carePlanSchemas } from './catalogue-entries.js';
export type {
  AgendaEntry,
  CarePlanCommand,
  CarePlanCommandOf,
  CarePlanCommandType,
} from './command.js';
export {
  ActionPlanChangesCommandSchema,
  AgendaEntrySchema,
  CarePlanCommandSchema,
} from './command.js';
export type { CarePlanContext, CarePlanStart } from './context.js';
export {
  CarePlanContextSchema,
  CarePlanStartSchema,
  parseCarePlanContext,
} from './context.js';
export type { ContingencyContact, ContingencyPlan } from './contingency-plan.js';
export { ContingencyContactSchema, ContingencyPlanSchema } from './contingency-plan.js';
export type {
  ActionPlanChanges,
  CarePlanEvent,
  CarePlanEventOf,
  CarePlanEventType,
  CarriedContent,
} from './event.js';
export {
  ActionPlanChangesSchema,
  CarePlanEventSchema,
  CarriedContentSchema,
  carePlanEventTypes,
} from './event.js';
export type { Goal, GoalAchievement, GoalDomain, GoalOwner, GoalStatus } from './goal.js';
export {
  GoalAchievementSchema,
  GoalDomainSchema,
  GoalOwnerSchema,
  GoalSchema,
  GoalStatusSchema,
} from './goal.js';
export type {
  GoalMeasure,
  GoalProgress,
  Measurement,
  ProgressDirection,
} from './goal-measure.js';
export {
  GoalMeasureSchema,
  GoalProgressSchema,
  MEASURE_VALUE_LIMIT,
  MeasuredValueSchema,
  MeasurementSchema,
  ProgressDirectionSchema,
} from './goal-measure.js';
export { carePlanLimits, enteredText } from './limits.js';
export {
  isParsedCarePlanCommand,
  parseActionPlan,
  parseAgendaEntry,
  parseAgendaSheet,
  parseAppointment,
  parseCarePlan,
  parseCarePlanCommand,
  parseCarePlanEvent,
  parseCarePlanPolicy,
  parseContingencyPlan,
  parseGoal,
  parsePreparationLetter,
  parseReview,
  parseSupportContact,
  parseWhatMattersToMe,
} from './parsers.js';
export type { PlanTemplate, TemplateGoal, TemplateMeasure } from './plan-template.js';
export {
  PlanTemplateSchema,
  TemplateGoalSchema,
  TemplateMeasureSchema,
} from './plan-template.js';
export type { CarePlanPolicy } from './policy.js';
export { CarePlanPolicySchema, defaultCarePlanPolicy } from './policy.js';
export type {
  LetterFormat,
  PreparationLetter,
  PreparationResult,
  Reminder,
} from './preparation-letter.js';
export {
  LetterFormatSchema,
  PreparationLetterSchema,
  PreparationResultSchema,
  ReminderSchema,
} from './preparation-letter.js';
export type { ReminderChannel } from './reminder-channel.js';
export { ReminderChannelSchema } from './reminder-channel.js';
export type { Review, ReviewKind } from './review.js';
export { ReviewKindSchema, ReviewSchema } from './review.js';
export type { CarePlanState } from './state.js';
export {
  CarePlanStateSchema,
  carePlanStates,
  isTerminalCarePlanState,
  terminalCarePlanStates,
} from './state.js';
export type { SupportContact, SupportContactKind } from './support-contact.js';
export { SupportContactKindSchema, SupportContactSchema } from './support-contact.js';
export type { WhatMattersToMe } from './what-matters.js';
export { WhatMattersToMeSchema } from './what-matters.js';
