import { makeParser } from '../parse.js';
import { EnrolmentSchema } from './enrolment.js';
import { ProgrammeSchema } from './programme.js';
import { ReferralSchema } from './referral.js';
import { ReferralEventSchema } from './referral-event.js';

/** Parses untrusted input as a {@link Referral}. */
export const parseReferral = makeParser('Referral', ReferralSchema);
/** Parses untrusted input as a {@link ReferralEvent}. */
export const parseReferralEvent = makeParser('ReferralEvent', ReferralEventSchema);
/** Parses untrusted input as a {@link Programme}. */
export const parseProgramme = makeParser('Programme', ProgrammeSchema);
/** Parses untrusted input as an {@link Enrolment}. */
export const parseEnrolment = makeParser('Enrolment', EnrolmentSchema);
