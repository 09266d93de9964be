/**
 * @livewell/core — the domain vocabulary of supported self-management: zod schemas and
 * inferred types, the Result/DomainError model, ids, and time helpers that take `now` as an
 * argument. Imports no other livewell package.
 *
 * @packageDocumentation
 */

export type { AnyAssessment } from './activation/any-assessment.js';
export { subjectOf } from './activation/any-assessment.js';
export type {
  AdministrationMode,
  Assessment,
  AssessmentProvenance,
  AssessmentScores,
  ItemResponse,
  ScoredAssessment,
  UnscorableAssessment,
  UnscorableCode,
  UnscoredReason,
} from './activation/assessment.js';
export {
  AdministrationModeSchema,
  AssessmentProvenanceSchema,
  AssessmentSchema,
  AssessmentScoresSchema,
  ItemResponseSchema,
  isScoredAssessment,
  ScoredAssessmentSchema,
  UnscorableAssessmentSchema,
  UnscorableCodeSchema,
  UnscoredReasonSchema,
} from './activation/assessment.js';
export { activationSchemas } from './activation/index.js';
export type {
  InstrumentDefinition,
  InstrumentScoring,
  ScoreRange,
  ScoringRule,
  Subscale,
} from './activation/instrument-definition.js';
export {
  InstrumentDefinitionSchema,
  InstrumentScoringSchema,
  ScoreRangeSchema,
  ScoringRuleSchema,
  SubscaleSchema,
} from './activation/instrument-definition.js';
export type {
  Band,
  FlagRule,
  FlagSeverity,
  InstrumentId,
  InstrumentItem,
  InstrumentLicence,
  ItemId,
  MissingDataRule,
  RaisedFlag,
  ResponseOption,
  ResponseScale,
  SourceCitation,
} from './activation/instrument-parts.js';
export {
  BandSchema,
  FlagRuleSchema,
  FlagSeveritySchema,
  InstrumentIdSchema,
  InstrumentItemSchema,
  InstrumentLabelSchema,
  InstrumentLicenceSchema,
  ItemIdSchema,
  MissingDataRuleSchema,
  RaisedFlagSchema,
  ResponseOptionSchema,
  ResponseScaleSchema,
  SourceCitationSchema,
} from './activation/instrument-parts.js';
export {
  instrumentSubjectKinds,
  subjectKindOfInstrument,
} from './activation/instrument-subjects.js';
export type {
  ActivationLevel,
  ActivationScore,
  InstrumentRef,
  LicensedResult,
  ScorerRef,
} from './activation/licensed-result.js';
export {
  ActivationLevelSchema,
  ActivationScoreSchema,
  InstrumentRefSchema,
  LicensedResultSchema,
  ScorerRefSchema,
} from './activation/licensed-result.js';
export {
  parseAssessment,
  parseAssessmentSubject,
  parseInstrumentDefinition,
  parseLicensedResult,
  parsePracticeAssessment,
  parsePractitionerAssessment,
  parseScoredAssessment,
} from './activation/parsers.js';
export { parsePersonAssessment } from './activation/person-assessment.js';
export type {
  AssessmentSubject,
  AssessmentSubjectKind,
  PersonSubject,
  PracticeSubject,
  PractitionerSubject,
} from './activation/subject.js';
export {
  AssessmentSubjectKindSchema,
  AssessmentSubjectSchema,
  PersonSubjectSchema,
  PracticeSubjectSchema,
  PractitionerSubjectSchema,
  subjectKey,
} from './activation/subject.js';
export type {
  PracticeAssessment,
  PractitionerAssessment,
} from './activation/subject-assessment.js';
export {
  PracticeAssessmentSchema,
  PractitionerAssessmentSchema,
} from './activation/subject-assessment.js';
export type { AuditEvent, JsonValue } from './audit/audit-event.js';
export { AuditEventSchema, JsonValueSchema } from './audit/audit-event.js';
export { auditSchemas, parseAuditEvent } from './audit/index.js';
export type { ActionPlan, CheckIn, SupportNeed } from './care-plan/action-plan.js';
export {
  ActionPlanSchema,
  CheckInSchema,
  ConfidenceSchema,
  isLowConfidence,
  LOW_CONFIDENCE_THRESHOLD,
  SupportNeedSchema,
} from './care-plan/action-plan.js';
export type {
  Agenda,
  AgendaAnswer,
  AgendaQuestion,
  AgendaSheet,
  AgendaTopic,
  AgendaTopicOutcome,
} from './care-plan/agenda.js';
export {
  AgendaAnswerSchema,
  AgendaQuestionKeySchema,
  AgendaQuestionSchema,
  AgendaSchema,
  AgendaSheetSchema,
  AgendaTopicOutcomeSchema,
  AgendaTopicSchema,
} from './care-plan/agenda.js';
export type { Appointment, AppointmentKind } from './care-plan/appointment.js';
export { AppointmentKindSchema, AppointmentSchema } from './care-plan/appointment.js';
export type { CarePlan, PlanCarer, PlanCareTeam, Preparation } from './care-plan/care-plan.js';
export {
  CarePlanSchema,
  PlanCarerSchema,
  PlanCareTeamSchema,
  PreparationSchema,
} from './care-plan/care-plan.js';
export { carePlanSchemas } from './care-plan/catalogue-entries.js';
export type {
  AgendaEntry,
  CarePlanCommand,
  CarePlanCommandOf,
  CarePlanCommandType,
} from './care-plan/command.js';
export {
  ActionPlanChangesCommandSchema,
  AgendaEntrySchema,
  CarePlanCommandSchema,
} from './care-plan/command.js';
export type { CarePlanContext, CarePlanStart } from './care-plan/context.js';
export {
  CarePlanContextSchema,
  CarePlanStartSchema,
  parseCarePlanContext,
} from './care-plan/context.js';
export type { ContingencyContact, ContingencyPlan } from './care-plan/contingency-plan.js';
export { ContingencyContactSchema, ContingencyPlanSchema } from './care-plan/contingency-plan.js';
export type {
  ActionPlanChanges,
  CarePlanEvent,
  CarePlanEventOf,
  CarePlanEventType,
  CarriedContent,
} from './care-plan/event.js';
export {
  ActionPlanChangesSchema,
  CarePlanEventSchema,
  CarriedContentSchema,
  carePlanEventTypes,
} from './care-plan/event.js';
export type { Goal, GoalAchievement, GoalDomain, GoalOwner, GoalStatus } from './care-plan/goal.js';
export {
  GoalAchievementSchema,
  GoalDomainSchema,
  GoalOwnerSchema,
  GoalSchema,
  GoalStatusSchema,
} from './care-plan/goal.js';
export type {
  GoalMeasure,
  GoalProgress,
  Measurement,
  ProgressDirection,
} from './care-plan/goal-measure.js';
export {
  GoalMeasureSchema,
  GoalProgressSchema,
  MEASURE_VALUE_LIMIT,
  MeasuredValueSchema,
  MeasurementSchema,
  ProgressDirectionSchema,
} from './care-plan/goal-measure.js';
export { carePlanLimits, enteredText } from './care-plan/limits.js';
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
} from './care-plan/parsers.js';
export type { PlanTemplate, TemplateGoal, TemplateMeasure } from './care-plan/plan-template.js';
export {
  PlanTemplateSchema,
  TemplateGoalSchema,
  TemplateMeasureSchema,
} from './care-plan/plan-template.js';
export type { CarePlanPolicy } from './care-plan/policy.js';
export { CarePlanPolicySchema, defaultCarePlanPolicy } from './care-plan/policy.js';
export type {
  LetterFormat,
  PreparationLetter,
  PreparationResult,
  Reminder,
} from './care-plan/preparation-letter.js';
export {
  LetterFormatSchema,
  PreparationLetterSchema,
  PreparationResultSchema,
  ReminderSchema,
} from './care-plan/preparation-letter.js';
export type { ReminderChannel } from './care-plan/reminder-channel.js';
export { ReminderChannelSchema } from './care-plan/reminder-channel.js';
export type { Review, ReviewKind } from './care-plan/review.js';
export { ReviewKindSchema, ReviewSchema } from './care-plan/review.js';
export type { CarePlanState } from './care-plan/state.js';
export {
  CarePlanStateSchema,
  carePlanStates,
  isTerminalCarePlanState,
  terminalCarePlanStates,
} from './care-plan/state.js';
export type { SupportContact, SupportContactKind } from './care-plan/support-contact.js';
export { SupportContactKindSchema, SupportContactSchema } from './care-plan/support-contact.js';
export type { WhatMattersToMe } from './care-plan/what-matters.js';
export { WhatMattersToMeSchema } from './care-plan/what-matters.js';
export type { SchemaName } from './catalogue.js';
export { schemaCatalogue } from './catalogue.js';
export type { Eligibility, ServiceArea } from './directory/eligibility.js';
export { EligibilitySchema, ServiceAreaSchema } from './directory/eligibility.js';
export { directorySchemas } from './directory/index.js';
export type { Location } from './directory/location.js';
export { LocationSchema } from './directory/location.js';
export type { Capacity, Contact, Cost } from './directory/offer.js';
export { CapacitySchema, ContactSchema, CostSchema } from './directory/offer.js';
export type { Organisation } from './directory/organisation.js';
export { OrganisationSchema } from './directory/organisation.js';
export {
  parseLocation,
  parseOrganisation,
  parseSchedule,
  parseService,
  parseSessionPlaces,
} from './directory/parsers.js';
export type { Recurrence, Schedule, ScheduleException, Weekday } from './directory/schedule.js';
export {
  RecurrenceSchema,
  ScheduleExceptionSchema,
  ScheduleSchema,
  WeekdayOrdinalSchema,
  WeekdaySchema,
} from './directory/schedule.js';
export type { Service, ServiceAtLocation } from './directory/service.js';
export { ServiceAtLocationSchema, ServiceSchema } from './directory/service.js';
export type {
  Booking,
  BookingSource,
  SessionPlaces,
  SessionRef,
  SessionTally,
} from './directory/session-places.js';
export {
  BookingSchema,
  BookingSourceSchema,
  SessionPlacesSchema,
  SessionRefSchema,
  SessionTallySchema,
  sessionPlacesId,
} from './directory/session-places.js';
export type {
  AccessibilityFeature,
  DeliveryMode,
  LanguageTag,
  ReferralRoute,
  ServiceStatus,
  SupportFormality,
  SupportKind,
} from './directory/vocabulary.js';
export {
  AccessibilityFeatureSchema,
  DeliveryModeSchema,
  LanguageTagSchema,
  ReferralRouteSchema,
  ServiceStatusSchema,
  SupportFormalitySchema,
  SupportKindSchema,
} from './directory/vocabulary.js';
export type { DomainError, ParseError, ParseIssue } from './error.js';
export { domainError } from './error.js';
export type {
  ProblemDetails,
  ProblemDetailsOptions,
  ProblemSource,
} from './errors/problem-details.js';
export {
  isLivewellErrorCode,
  problemTypeOf,
  toProblemDetails,
  unknownProblemType,
} from './errors/problem-details.js';
export type { LivewellErrorCode, ProblemType } from './errors/problem-types.js';
export { livewellErrorCodes, problemTypes } from './errors/problem-types.js';
export { defineLifecycle } from './lifecycle/define.js';
export type { LifecycleStart } from './lifecycle/diagram.js';
export { toMarkdownTable, toMermaid } from './lifecycle/diagram.js';
export type {
  EveryEventEvolved,
  Lifecycle,
  LifecycleDefinition,
  LifecycleHistory,
  OtherEvolvers,
  OwnedEvents,
  Stepped,
  Transitioned,
  TransitionRejection,
} from './lifecycle/lifecycle-shape.js';
export type {
  HistoryRejectionCode,
  LifecycleRejectionCode,
  Rejection,
} from './lifecycle/rejection.js';
export { lifecycleRejectionCodes, rejectionOf } from './lifecycle/rejection.js';
export type {
  CommandGroup,
  CommandOf,
  CommandSpec,
  CommandSpecs,
  CommandType,
  Decision,
  DynamicTarget,
  EventOf,
  EventType,
  Evolved,
  Evolver,
  Evolvers,
  LifecycleTypes,
  Target,
} from './lifecycle/types.js';
export { targetOneOf } from './lifecycle/types.js';
export type { Parser } from './parse.js';
export { makeListParser, makeParser, unreadableInput } from './parse.js';
export type { PersonCarers, ServiceOwner } from './people/access.js';
export { PersonCarersSchema, ServiceOwnerSchema } from './people/access.js';
export type { CareTeam, CareTeamMember } from './people/care-team.js';
export { CareTeamMemberSchema, CareTeamSchema } from './people/care-team.js';
export {
  parseCareTeam,
  parsePerson,
  parsePractitioner,
  parsePractitionerMembership,
  parseTrustedSystem,
  peopleSchemas,
} from './people/index.js';
export type { PractitionerMembership } from './people/membership.js';
export { PractitionerMembershipSchema } from './people/membership.js';
export type { Carer, CommunicationPreferences, Person } from './people/person.js';
export { CarerSchema, CommunicationPreferencesSchema, PersonSchema } from './people/person.js';
export type { Practitioner } from './people/practitioner.js';
export { PractitionerSchema } from './people/practitioner.js';
export type { TrustedSystem } from './people/trusted-system.js';
export { TrustedSystemSchema } from './people/trusted-system.js';
export type { DevelopmentSkill } from './practice/development-skill.js';
export { DevelopmentSkillSchema, knownDevelopmentSkills } from './practice/development-skill.js';
export type {
  CoDesigner,
  Improvement,
  ImprovementMeasure,
  ImprovementOrigin,
  ImprovementStatus,
  ImprovementStatusChange,
} from './practice/improvement.js';
export {
  CoDesignerSchema,
  ImprovementMeasureSchema,
  ImprovementOriginSchema,
  ImprovementSchema,
  ImprovementStatusChangeSchema,
  ImprovementStatusSchema,
  improvementStatuses,
} from './practice/improvement.js';
export type { ImprovementCommand, ImprovementEvent } from './practice/improvement-event.js';
export {
  ImprovementCommandSchema,
  ImprovementEventSchema,
} from './practice/improvement-event.js';
export {
  parseImprovement,
  parseImprovementCommand,
  parseImprovementEvent,
  parsePractitionerPlace,
  parsePractitionerPlaceEvent,
  practiceSchemas,
} from './practice/index.js';
export type { PractitionerPlace } from './practice/practitioner-place.js';
export { PractitionerPlaceSchema } from './practice/practitioner-place.js';
export type { PractitionerPlaceEvent } from './practice/practitioner-place-event.js';
export { PractitionerPlaceEventSchema } from './practice/practitioner-place-event.js';
export { referralSchemas } from './referral/catalogue-entries.js';
export type {
  ProgrammeContext,
  ProgrammeRecords,
  ReferralContext,
  ReferralRecords,
} from './referral/context.js';
export {
  ProgrammeContextSchema,
  parseProgrammeContext,
  parseReferralContext,
  ReferralContextSchema,
} from './referral/context.js';
export type {
  Attendance,
  AttendanceStatus,
  Enrolment,
  EnrolmentStatus,
  EnrolmentStatusChange,
} from './referral/enrolment.js';
export {
  AttendanceSchema,
  AttendanceStatusSchema,
  EnrolmentSchema,
  EnrolmentStatusChangeSchema,
  EnrolmentStatusSchema,
} from './referral/enrolment.js';
export {
  parseAttendanceRecord,
  parseEnrolment,
  parseEnrolmentCommand,
  parseEnrolmentRequest,
  parseNewReferral,
  parseProgramme,
  parseReferral,
  parseReferralCommand,
  parseReferralEvent,
} from './referral/parsers.js';
export type {
  CompletionRule,
  Programme,
  ProgrammeSession,
  ProgrammeSessionKind,
} from './referral/programme.js';
export {
  CompletionRuleSchema,
  ProgrammeSchema,
  ProgrammeSessionKindSchema,
  ProgrammeSessionSchema,
} from './referral/programme.js';
export type { Referral, ReferralReason, ReferralStatusChange } from './referral/referral.js';
export {
  ReferralReasonSchema,
  ReferralSchema,
  ReferralStatusChangeSchema,
} from './referral/referral.js';
export type { ReferralEvent, ReferralEventType } from './referral/referral-event.js';
export {
  ReferralAcceptedSchema,
  ReferralAttendanceStartedSchema,
  ReferralCompletedSchema,
  ReferralContactedSchema,
  ReferralCreatedSchema,
  ReferralDeclinedSchema,
  ReferralEnteredInErrorSchema,
  ReferralEventSchema,
  ReferralMadeSchema,
  ReferralNotCompletedSchema,
  ReferralPausedSchema,
  ReferralResumedSchema,
} from './referral/referral-event.js';
export type {
  AttendanceRecord,
  EnrolmentCommand,
  EnrolmentRequest,
  NewReferral,
  ReferralCommand,
} from './referral/referral-input.js';
export {
  AttendanceRecordSchema,
  EnrolmentCommandSchema,
  EnrolmentRequestSchema,
  NewReferralSchema,
  ReferralCommandSchema,
} from './referral/referral-input.js';
export type {
  OutcomeMeasure,
  OutcomeReading,
  ReferralOutcome,
} from './referral/referral-outcome.js';
export {
  OutcomeMeasureSchema,
  OutcomeReadingSchema,
  ReferralOutcomeSchema,
} from './referral/referral-outcome.js';
export type {
  ReferralDecliner,
  ReferralNotCompletedCause,
  ReferralPath,
  ReferralStatus,
  ResumableReferralStatus,
} from './referral/referral-status.js';
export {
  isTerminalReferralStatus,
  ReferralDeclinerSchema,
  ReferralNotCompletedCauseSchema,
  ReferralPathSchema,
  ReferralStatusSchema,
  ResumableReferralStatusSchema,
  referralAcceptedCoding,
  referralDeclinedCoding,
  referralStatuses,
  terminalReferralStatuses,
} from './referral/referral-status.js';
export type { Err, Ok, Result } from './result.js';
export { andThen, err, isErr, isOk, mapResult, ok, unwrapOr } from './result.js';
export type { Actor, PractitionerRole } from './shared/actor.js';
export { ActorSchema, PractitionerRoleSchema } from './shared/actor.js';
export { sharedSchemas } from './shared/catalogue-entries.js';
export type { Coding } from './shared/coding.js';
export { CodeSystems, CodingSchema, sameCoding } from './shared/coding.js';
export type { SchemaReader } from './shared/compiled-reader.js';
export { compileReader, undecided } from './shared/compiled-reader.js';
export type { Address, GeoPoint } from './shared/geo.js';
export { AddressSchema, GeoPointSchema } from './shared/geo.js';
export type {
  CarerId,
  IdGenerator,
  IdKind,
  PersonId,
  PractitionerId,
  RecordId,
  TenantId,
} from './shared/ids.js';
export {
  CarerIdSchema,
  ID_PATTERN,
  PersonIdSchema,
  PractitionerIdSchema,
  RecordIdSchema,
  sequentialIds,
  TENANT_ID_PATTERN,
  TenantIdSchema,
} from './shared/ids.js';
export {
  parseActor,
  parseAddress,
  parseCoding,
  parseIsoInstant,
  parsePeriod,
  parseTenantId,
  parseTimeZone,
} from './shared/parsers.js';
export type { PlainJsonLimits } from './shared/plain-json.js';
export { readPlainJson } from './shared/plain-json.js';
export { schemaVersion } from './shared/schema-version.js';
export type { IsoDate, IsoInstant, LocalTime, Period, TimeZone } from './shared/time-values.js';
export {
  IsoDateSchema,
  IsoInstantSchema,
  LocalTimeSchema,
  PeriodSchema,
  TimeZoneSchema,
} from './shared/time-values.js';
export type {
  UnsupportedSchemaVersion,
  UpcastError,
  Upcaster,
  UpcastSpec,
  UpcastStep,
} from './shared/upcast.js';
export { makeUpcaster } from './shared/upcast.js';
export type { IsoWeekday } from './time/calendar.js';
export { addCalendarDays, calendarDaysBetween, isoWeekday, isWeekend } from './time/calendar.js';
export {
  daysInMonth,
  epochDay,
  isoOfDay,
  minutesOf,
  timeOfMinutes,
  weekdayOfDay,
  ymdOfDay,
} from './time/civil-day.js';
export { addCalendarMonths, wholeCalendarMonthsBetween } from './time/months.js';
export { addWorkingDays, isWorkingDay, workingDayOnOrBefore } from './time/working-days.js';
export type { ZoneClock } from './time/zone-clock.js';
export { createZoneClock } from './time/zone-clock.js';
export { isTimeZone, TIME_ZONE_PATTERN } from './time/zone-name.js';
export {
  DEFAULT_TIME_ZONE,
  instantToMs,
  localDateOf,
  localTimeOf,
  msToInstant,
  offsetMinutesAt,
  resolveWallClock,
  wallClockToMs,
  zonedInstant,
} from './time/zoned.js';
export { worklistSchemas } from './worklist/catalogue-entries.js';
export {
  parseStaffMember,
  parseTask,
  parseTaskCommand,
  parseTaskEvent,
} from './worklist/parsers.js';
export type { StaffMember } from './worklist/staff.js';
export { StaffMemberSchema } from './worklist/staff.js';
export type { Task, TaskStatusChange } from './worklist/task.js';
export { TaskSchema, TaskStatusChangeSchema } from './worklist/task.js';
export type { TaskCommand, TaskCommandType } from './worklist/task-command.js';
export { TaskCommandSchema } from './worklist/task-command.js';
export type { TaskEvent, TaskEventType } from './worklist/task-event.js';
export {
  TaskAcknowledgedSchema,
  TaskCancelledSchema,
  TaskCompletedSchema,
  TaskEventSchema,
  TaskOpenedSchema,
  TaskReassignedSchema,
  TaskStartedSchema,
} from './worklist/task-event.js';
export type {
  TaskOwner,
  TaskPriority,
  TaskReason,
  TaskReasonKind,
  TaskStatus,
} from './worklist/task-parts.js';
export {
  TaskNoteSchema,
  TaskOwnerSchema,
  TaskPrioritySchema,
  TaskReasonSchema,
  TaskStatusSchema,
  TeamIdSchema,
  taskStatuses,
} from './worklist/task-parts.js';
