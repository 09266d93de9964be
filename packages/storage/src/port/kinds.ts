import {
  type Assessment,
  type AuditEvent,
  type CarePlan,
  type CarePlanEvent,
  type Enrolment,
  type Improvement,
  type ImprovementEvent,
  type Location,
  type Organisation,
  type Person,
  type PracticeAssessment,
  type PractitionerAssessment,
  type PractitionerPlace,
  type PractitionerPlaceEvent,
  type Programme,
  parseAssessment,
  parseAuditEvent,
  parseCarePlan,
  parseCarePlanEvent,
  parseEnrolment,
  parseImprovement,
  parseImprovementEvent,
  parseLocation,
  parseOrganisation,
  parsePerson,
  parsePersonAssessment,
  parsePracticeAssessment,
  parsePractitionerAssessment,
  parsePractitionerPlace,
  parsePractitionerPlaceEvent,
  parseProgramme,
  parseReferral,
  parseReferralEvent,
  parseService,
  parseSessionPlaces,
  parseTask,
  parseTaskEvent,
  type Referral,
  type ReferralEvent,
  type Service,
  type SessionPlaces,
  type Task,
  type TaskEvent,
} from '@livewell/core';
import { defineKind, type RecordKind, type RecordReader } from './records.js';

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
    // A patient's assessment: one naming an instrument about a practitioner or a practice
    // (CS-PAM, the readiness checklists) is refused on write. Stored ones stay readable.
    parse: parsePersonAssessment,
    read: parseAssessment,
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
  sessionPlaces: defineKind<SessionPlaces>({
    name: 'session-places',
    parse: parseSessionPlaces,
    // Listed by the service whose session it is; bookings name referrals and enrolments, never
    // a person.
    parentIdOf: (r) => r.session.serviceId,
  }),
  enrolment: defineKind<Enrolment>({
    name: 'enrolment',
    parse: parseEnrolment,
    personIdOf: (r) => r.personId,
    parentIdOf: (r) => r.programmeId,
  }),
  task: defineKind<Task>({
    name: 'task',
    parse: parseTask,
    personIdOf: (r) => r.personId,
  }),
  taskEvent: defineKind<TaskEvent>({
    name: 'task-event',
    parse: parseTaskEvent,
    parentIdOf: (r) => r.taskId,
  }),
  practitionerAssessment: defineKind<PractitionerAssessment>({
    name: 'practitioner-assessment',
    parse: parsePractitionerAssessment,
    // Indexed by the practitioner (their export and erasure); never by a person.
    parentIdOf: (r) => r.subject.practitionerId,
  }),
  practiceAssessment: defineKind<PracticeAssessment>({
    name: 'practice-assessment',
    parse: parsePracticeAssessment,
    parentIdOf: (r) => r.subject.practiceId,
  }),
  practitionerPlace: defineKind<PractitionerPlace>({
    name: 'practitioner-place',
    parse: parsePractitionerPlace,
    parentIdOf: (r) => r.practitionerId,
  }),
  practitionerPlaceEvent: defineKind<PractitionerPlaceEvent>({
    name: 'practitioner-place-event',
    parse: parsePractitionerPlaceEvent,
    parentIdOf: (r) => r.placeId,
  }),
  improvement: defineKind<Improvement>({
    name: 'improvement',
    parse: parseImprovement,
    parentIdOf: (r) => r.practiceId,
  }),
  improvementEvent: defineKind<ImprovementEvent>({
    name: 'improvement-event',
    parse: parseImprovementEvent,
    parentIdOf: (r) => r.improvementId,
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

/** The table of record kinds a store is built with (the shape of {@link recordKinds}). */
export type RecordKinds = typeof recordKinds;

/** The record type of each entry of {@link recordKinds}. */
export type RecordOf<K extends keyof RecordKinds> =
  RecordKinds[K] extends RecordKind<infer T> ? T : never;

/**
 * Readers for stored documents, by kind: how older schema versions are upcast on read. The
 * domain packages provide them (`upcastCarePlan`, `upcastCarePlanEvent` from
 * `@livewell/care-plan`); storage never imports them itself.
 */
export type RecordReaders = { readonly [K in keyof RecordKinds]?: RecordReader<RecordOf<K>> };

/** The kinds table with `readers` installed as each kind's `read`. */
export function withReaders(readers: RecordReaders = {}): RecordKinds {
  const kinds = { ...recordKinds } as unknown as Record<string, RecordKind<unknown>>;
  for (const [key, read] of Object.entries(readers)) {
    const kind = kinds[key];
    if (kind !== undefined && read !== undefined)
      kinds[key] = { ...kind, read } as RecordKind<unknown>;
  }
  return kinds as unknown as RecordKinds;
}
