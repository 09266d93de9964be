export { referralSchemas } from './catalogue-entries.js';
export type {
  ProgrammeContext,
  ProgrammeRecords,
  ReferralContext,
  ReferralRecords,
} from './context.js';
export {
  ProgrammeContextSchema,
  parseProgrammeContext,
  parseReferralContext,
  ReferralContextSchema,
} from './context.js';
export type {
  Attendance,
  AttendanceStatus,
  Enrolment,
  EnrolmentStatus,
  EnrolmentStatusChange,
} from './enrolment.js';
export {
  AttendanceSchema,
  AttendanceStatusSchema,
  EnrolmentSchema,
  EnrolmentStatusChangeSchema,
  EnrolmentStatusSchema,
} from './enrolment.js';
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
} from './parsers.js';
export type {
  CompletionRule,
  Programme,
  ProgrammeSession,
  ProgrammeSessionKind,
} from './programme.js';
export {
  CompletionRuleSchema,
  ProgrammeSchema,
  ProgrammeSessionKindSchema,
  ProgrammeSessionSchema,
} from './programme.js';
export type { Referral, ReferralReason, ReferralStatusChange } from './referral.js';
export {
  ReferralReasonSchema,
  ReferralSchema,
  ReferralStatusChangeSchema,
} from './referral.js';
export type { ReferralEvent, ReferralEventType } from './referral-event.js';
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
} from './referral-event.js';
export type {
  AttendanceRecord,
  EnrolmentCommand,
  EnrolmentRequest,
  NewReferral,
  ReferralCommand,
} from './referral-input.js';
export {
  AttendanceRecordSchema,
  EnrolmentCommandSchema,
  EnrolmentRequestSchema,
  NewReferralSchema,
  ReferralCommandSchema,
} from './referral-input.js';
export type {
  OutcomeMeasure,
  OutcomeReading,
  ReferralOutcome,
} from './referral-outcome.js';
export {
  OutcomeMeasureSchema,
  OutcomeReadingSchema,
  ReferralOutcomeSchema,
} from './referral-outcome.js';
export type {
  ReferralDecliner,
  ReferralNotCompletedCause,
  ReferralPath,
  ReferralStatus,
  ResumableReferralStatus,
} from './referral-status.js';
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
} from './referral-status.js';
// The referral area of the domain vocabulary: referrals, their events, programmes, enrolments.
