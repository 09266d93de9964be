import {
  type Enrolment,
  type Programme,
  parseEnrolment,
  parseProgramme,
  type Result,
} from '@livewell/core';
import { type ReferralUpcastError, type Upcasters, upcastWith } from '../referral/upcast.js';

const programmeUpcasters: Upcasters = {};
const enrolmentUpcasters: Upcasters = {};

/** Reads a stored programme of any released schema version. Never throws. */
export const upcastProgramme = (input: unknown): Result<Programme, ReferralUpcastError> =>
  upcastWith(input, 'Programme', programmeUpcasters, parseProgramme);

/** Reads a stored enrolment of any released schema version. Never throws. */
export const upcastEnrolment = (input: unknown): Result<Enrolment, ReferralUpcastError> =>
  upcastWith(input, 'Enrolment', enrolmentUpcasters, parseEnrolment);
