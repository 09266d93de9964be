import {
  type Assessment,
  type AuditEvent,
  type CarePlan,
  type CarePlanEvent,
  type Enrolment,
  type Location,
  type Organisation,
  type Person,
  type Programme,
  parseAssessment,
  parseAuditEvent,
  parseCarePlan,
  parseCarePlanEvent,
  parseEnrolment,
  parseLocation,
  parseOrganisation,
  parsePerson,
  parseProgramme,
  parseReferral,
  parseReferralEvent,
  parseService,
  type Referral,
  type ReferralEvent,
  type Service,
} from '@livewell/core';
import { defineKind } from './records.js';

/**
 * Every kind of record the livewell store holds, with its stable storage name (use it as the
 * table or collection name), its core parser and its index keys. Adapters read these instead of
 * hard-coding record shapes.
 */
export const recordKinds = {
  person: defineKind<Person>({ name: 'person', parse: parsePerson, personIdOf: (r) => r.id }),
  carePlan: defineKind<CarePlan>({
    name: 'care-plan',
    parse: parseCarePlan,
    personIdOf: (r) => r.personId,
  }),
  carePlanEvent: defineKind<CarePlanEvent>({
    name: 'care-plan-event',
    parse: parseCarePlanEvent,
    parentIdOf: (r) => r.planId,
  }),
  assessment: defineKind<Assessment>({
    name: 'assessment',
    parse: parseAssessment,
    personIdOf: (r) => r.personId,
  }),
  organisation: defineKind<Organisation>({ name: 'organisation', parse: parseOrganisation }),
  service: defineKind<Service>({
    name: 'service',
    parse: parseService,
    parentIdOf: (r) => r.organisationId,
  }),
  location: defineKind<Location>({ name: 'location', parse: parseLocation }),
  referral: defineKind<Referral>({
    name: 'referral',
    parse: parseReferral,
    personIdOf: (r) => r.personId,
    parentIdOf: (r) => r.serviceId,
  }),
  referralEvent: defineKind<ReferralEvent>({
    name: 'referral-event',
    parse: parseReferralEvent,
    parentIdOf: (r) => r.referralId,
  }),
  programme: defineKind<Programme>({ name: 'programme', parse: parseProgramme }),
  enrolment: defineKind<Enrolment>({
    name: 'enrolment',
    parse: parseEnrolment,
    personIdOf: (r) => r.personId,
    parentIdOf: (r) => r.programmeId,
  }),
  audit: defineKind<AuditEvent>({
    name: 'audit-event',
    parse: parseAuditEvent,
    personIdOf: (r) => r.personId,
  }),
} as const;

/** The storage names of every record kind, e.g. `care-plan`, `audit-event`. */
export type RecordKindName = (typeof recordKinds)[keyof typeof recordKinds]['name'];

/** The storage names of every record kind, in a stable order (useful for migrations and tests). */
export const recordKindNames: readonly RecordKindName[] = Object.values(recordKinds).map(
  (kind) => kind.name as RecordKindName,
);
