import { makeParser } from '../parse.js';
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

/** Parses untrusted input as a {@link Referral}. */
export const parseReferral = makeParser('Referral', ReferralSchema);
/** Parses untrusted input as a {@link ReferralEvent}. */
export const parseReferralEvent = makeParser('ReferralEvent', ReferralEventSchema);
/** Parses untrusted input as a {@link Programme}. */
export const parseProgramme = makeParser('Programme', ProgrammeSchema);
/** Parses untrusted input as an {@link Enrolment}. */
export const parseEnrolment = makeParser('Enrolment', EnrolmentSchema);
/** Parses untrusted input as a {@link ReferralCommand}. */
export const parseReferralCommand = makeParser('ReferralCommand', ReferralCommandSchema);
/** Parses untrusted input as a {@link NewReferral}. */
export const parseNewReferral = makeParser('NewReferral', NewReferralSchema);
/** Parses untrusted input as an {@link EnrolmentRequest}. */
export const parseEnrolmentRequest = makeParser('EnrolmentRequest', EnrolmentRequestSchema);
/** Parses untrusted input as an {@link AttendanceRecord}. */
export const parseAttendanceRecord = makeParser('AttendanceRecord', AttendanceRecordSchema);
/** Parses untrusted input as an {@link EnrolmentCommand}. */
export const parseEnrolmentCommand = makeParser('EnrolmentCommand', EnrolmentCommandSchema);
