import { EnrolmentSchema } from './enrolment.js';
import { ProgrammeSchema } from './programme.js';
import { ReferralSchema } from './referral.js';
import { ReferralEventSchema } from './referral-event.js';
import {
  AttendanceRecordSchema,
  EnrolmentCommandSchema,
  EnrolmentRequestSchema,
  NewReferralSchema,
  ReferralCommandSchema,
} from './referral-input.js';

/** The referral area's top-level schemas, by name (for JSON Schema export and tests). */
export const referralSchemas = {
  Referral: ReferralSchema,
  ReferralEvent: ReferralEventSchema,
  Programme: ProgrammeSchema,
  Enrolment: EnrolmentSchema,
  ReferralCommand: ReferralCommandSchema,
  NewReferral: NewReferralSchema,
  EnrolmentRequest: EnrolmentRequestSchema,
  AttendanceRecord: AttendanceRecordSchema,
  EnrolmentCommand: EnrolmentCommandSchema,
} as const;
