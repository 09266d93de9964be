import {
  type Assessment,
  type AuditEvent,
  AuditEventSchema,
  type CarePlan,
  type CarePlanEvent,
  CarePlanEventSchema,
  CarePlanSchema,
  type Enrolment,
  EnrolmentSchema,
  type Improvement,
  type ImprovementEvent,
  ImprovementEventSchema,
  ImprovementSchema,
  type Location,
  LocationSchema,
  type Organisation,
  OrganisationSchema,
  type Person,
  PersonSchema,
  type PracticeAssessment,
  PracticeAssessmentSchema,
  type PractitionerAssessment,
  PractitionerAssessmentSchema,
  type PractitionerPlace,
  type PractitionerPlaceEvent,
  PractitionerPlaceEventSchema,
  PractitionerPlaceSchema,
  type Programme,
  ProgrammeSchema,
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
  ReferralEventSchema,
  ReferralSchema,
  type Service,
  ServiceSchema,
  type SessionPlaces,
  SessionPlacesSchema,
  type Task,
  type TaskEvent,
  TaskEventSchema,
  TaskSchema,
} from '@livewell/core';
import { withCompiledReader } from './compiled-parser.js';
import { defineKind, type RecordKind, type RecordReader } from './records.js';

/**
 * A kind's parser, made faster on the write path (and for rows read without a stamp): the reader
 * compiled from the parser's own schema decides what it can, on first use, and hands the rest —
 * every refusal among it — to the parser, so what is accepted, refused and reported is unchanged
 * (`kinds.prop.test.ts` checks every kind against its parser).
 */
const fast = withCompiledReader;

/**
 * Every kind of record the livewell store holds, with its stable storage name (use it as the
 * table or collection name), its core parser and its index keys. Adapters read these instead of
 * hard-coding record shapes.
 */
export const recordKinds = {
  person: defineKind<Person>({
    name: 'person',
    parse: fast(parsePerson, PersonSchema),
    personIdOf: (r) => r.id,
  }),
  carePlan: defineKind<CarePlan>({
    name: 'care-plan',
    parse: fast(parseCarePlan, CarePlanSchema),
    personIdOf: (r) => r.personId,
  }),
  carePlanEvent: defineKind<CarePlanEvent>({
    name: 'care-plan-event',
    parse: fast(parseCarePlanEvent, CarePlanEventSchema),
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
  organisation: defineKind<Organisation>({
    name: 'organisation',
    parse: fast(parseOrganisation, OrganisationSchema),
  }),
  service: defineKind<Service>({
    name: 'service',
    parse: fast(parseService, ServiceSchema),
    parentIdOf: (r) => r.organisationId,
  }),
  location: defineKind<Location>({ name: 'location', parse: fast(parseLocation, LocationSchema) }),
  referral: defineKind<Referral>({
    name: 'referral',
    parse: fast(parseReferral, ReferralSchema),
    personIdOf: (r) => r.personId,
    parentIdOf: (r) => r.serviceId,
  }),
  referralEvent: defineKind<ReferralEvent>({
    name: 'referral-event',
    parse: fast(parseReferralEvent, ReferralEventSchema),
    parentIdOf: (r) => r.referralId,
  }),
  programme: defineKind<Programme>({
    name: 'programme',
    parse: fast(parseProgramme, ProgrammeSchema),
  }),
  sessionPlaces: defineKind<SessionPlaces>({
    name: 'session-places',
    parse: fast(parseSessionPlaces, SessionPlacesSchema),
    // Listed by the service whose session it is; bookings name referrals and enrolments, never
    // a person.
    parentIdOf: (r) => r.session.serviceId,
  }),
  enrolment: defineKind<Enrolment>({
    name: 'enrolment',
    parse: fast(parseEnrolment, EnrolmentSchema),
    personIdOf: (r) => r.personId,
    parentIdOf: (r) => r.programmeId,
  }),
  task: defineKind<Task>({
    name: 'task',
    parse: fast(parseTask, TaskSchema),
    personIdOf: (r) => r.personId,
  }),
  taskEvent: defineKind<TaskEvent>({
    name: 'task-event',
    parse: fast(parseTaskEvent, TaskEventSchema),
    parentIdOf: (r) => r.taskId,
  }),
  practitionerAssessment: defineKind<PractitionerAssessment>({
    name: 'practitioner-assessment',
    parse: fast(parsePractitionerAssessment, PractitionerAssessmentSchema),
    // Indexed by the practitioner (their export and erasure); never by a person.
    parentIdOf: (r) => r.subject.practitionerId,
  }),
  practiceAssessment: defineKind<PracticeAssessment>({
    name: 'practice-assessment',
    parse: fast(parsePracticeAssessment, PracticeAssessmentSchema),
    parentIdOf: (r) => r.subject.practiceId,
  }),
  practitionerPlace: defineKind<PractitionerPlace>({
    name: 'practitioner-place',
    parse: fast(parsePractitionerPlace, PractitionerPlaceSchema),
    parentIdOf: (r) => r.practitionerId,
  }),
  practitionerPlaceEvent: defineKind<PractitionerPlaceEvent>({
    name: 'practitioner-place-event',
    parse: fast(parsePractitionerPlaceEvent, PractitionerPlaceEventSchema),
    parentIdOf: (r) => r.placeId,
  }),
  improvement: defineKind<Improvement>({
    name: 'improvement',
    parse: fast(parseImprovement, ImprovementSchema),
    parentIdOf: (r) => r.practiceId,
  }),
  improvementEvent: defineKind<ImprovementEvent>({
    name: 'improvement-event',
    parse: fast(parseImprovementEvent, ImprovementEventSchema),
    parentIdOf: (r) => r.improvementId,
  }),
  audit: defineKind<AuditEvent>({
    name: 'audit-event',
    parse: fast(parseAuditEvent, AuditEventSchema),
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
