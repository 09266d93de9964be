import type {
  Assessment,
  AuditEvent,
  CarePlan,
  CarePlanEvent,
  Enrolment,
  Improvement,
  Location,
  Organisation,
  Person,
  PersonId,
  PracticeAssessment,
  PractitionerAssessment,
  PractitionerId,
  PractitionerPlace,
  PractitionerPlaceEvent,
  Programme,
  RecordId,
  Referral,
  ReferralEvent,
  Service,
  Task,
  TaskEvent,
  TenantId,
} from '@livewell/core';
import {
  assessmentArb,
  auditEventArb,
  carePlanArb,
  carePlanEventArb,
  enrolmentArb,
  improvementArb,
  locationArb,
  organisationArb,
  personArb,
  practiceAssessmentArb,
  practitionerAssessmentArb,
  practitionerPlaceArb,
  practitionerPlaceEventArb,
  programmeArb,
  referralArb,
  referralEventArb,
  serviceArb,
  taskArb,
  taskEventArb,
} from '@livewell/core/testing';
import fc from 'fast-check';

/** One deterministic sample of an arbitrary. */
export function sampleOne<T>(arb: fc.Arbitrary<T>, seed: number): T {
  return fc.sample(arb, { seed, numRuns: 1 })[0] as T;
}

const tid = (t: string) => t as TenantId;
const rid = (id: string) => id as RecordId;
const pid = (id: string) => id as PersonId;
const prid = (id: string) => id as PractitionerId;

/** Arbitraries for every record kind, with tenant, ids and links fixed by the caller. */
export const recordArbs = {
  person: (tenantId: string, id: string): fc.Arbitrary<Person> =>
    personArb.map((p) => ({ ...p, tenantId: tid(tenantId), id: pid(id) })),
  carePlan: (tenantId: string, id: string, personId: string): fc.Arbitrary<CarePlan> =>
    carePlanArb.map((p) => ({
      ...p,
      tenantId: tid(tenantId),
      id: rid(id),
      personId: pid(personId),
    })),
  carePlanEvent: (tenantId: string, planId: string, id: string): fc.Arbitrary<CarePlanEvent> =>
    carePlanEventArb.map(
      (e) => ({ ...e, tenantId: tid(tenantId), planId: rid(planId), id: rid(id) }) as CarePlanEvent,
    ),
  assessment: (tenantId: string, id: string, personId: string): fc.Arbitrary<Assessment> =>
    assessmentArb.map((a) => ({
      ...a,
      tenantId: tid(tenantId),
      id: rid(id),
      personId: pid(personId),
    })),
  organisation: (tenantId: string, id: string): fc.Arbitrary<Organisation> =>
    organisationArb.map((o) => ({ ...o, tenantId: tid(tenantId), id: rid(id) })),
  service: (tenantId: string, id: string): fc.Arbitrary<Service> =>
    serviceArb.map((s) => ({ ...s, tenantId: tid(tenantId), id: rid(id) })),
  location: (tenantId: string, id: string): fc.Arbitrary<Location> =>
    locationArb.map((l) => ({ ...l, tenantId: tid(tenantId), id: rid(id) })),
  referral: (tenantId: string, id: string, personId: string): fc.Arbitrary<Referral> =>
    referralArb.map((r) => ({
      ...r,
      tenantId: tid(tenantId),
      id: rid(id),
      personId: pid(personId),
    })),
  referralEvent: (tenantId: string, referralId: string, id: string): fc.Arbitrary<ReferralEvent> =>
    referralEventArb.map(
      (e) =>
        ({
          ...e,
          tenantId: tid(tenantId),
          referralId: rid(referralId),
          id: rid(id),
        }) as ReferralEvent,
    ),
  task: (tenantId: string, id: string, personId: string): fc.Arbitrary<Task> =>
    taskArb.map((r) => ({ ...r, tenantId: tid(tenantId), id: rid(id), personId: pid(personId) })),
  taskEvent: (tenantId: string, taskId: string, id: string): fc.Arbitrary<TaskEvent> =>
    taskEventArb.map(
      (e) => ({ ...e, tenantId: tid(tenantId), taskId: rid(taskId), id: rid(id) }) as TaskEvent,
    ),
  programme: (tenantId: string, id: string): fc.Arbitrary<Programme> =>
    programmeArb.map((p) => ({ ...p, tenantId: tid(tenantId), id: rid(id) })),
  enrolment: (
    tenantId: string,
    id: string,
    personId: string,
    programmeId: string,
  ): fc.Arbitrary<Enrolment> =>
    enrolmentArb.map((e) => ({
      ...e,
      tenantId: tid(tenantId),
      id: rid(id),
      personId: pid(personId),
      programmeId: rid(programmeId),
    })),
  audit: (tenantId: string, id: string, personId?: string): fc.Arbitrary<AuditEvent> =>
    auditEventArb.map((a) => {
      const { personId: _ignored, ...rest } = a;
      return {
        ...rest,
        tenantId: tid(tenantId),
        id: rid(id),
        ...(personId === undefined ? {} : { personId: pid(personId) }),
      };
    }),
  improvement: (tenantId: string, id: string, practiceId: string): fc.Arbitrary<Improvement> =>
    improvementArb.map((i) => ({
      ...i,
      tenantId: tid(tenantId),
      id: rid(id),
      practiceId: rid(practiceId),
    })),
  practitionerAssessment: (
    tenantId: string,
    id: string,
    practitionerId: string,
  ): fc.Arbitrary<PractitionerAssessment> =>
    practitionerAssessmentArb.map((a) => ({
      ...a,
      tenantId: tid(tenantId),
      id: rid(id),
      subject: { kind: 'practitioner' as const, practitionerId: prid(practitionerId) },
    })),
  practiceAssessment: (
    tenantId: string,
    id: string,
    practiceId: string,
  ): fc.Arbitrary<PracticeAssessment> =>
    practiceAssessmentArb.map((a) => ({
      ...a,
      tenantId: tid(tenantId),
      id: rid(id),
      subject: { kind: 'practice' as const, practiceId: rid(practiceId) },
    })),
  practitionerPlace: (
    tenantId: string,
    id: string,
    practitionerId: string,
  ): fc.Arbitrary<PractitionerPlace> =>
    practitionerPlaceArb.map((p) => ({
      ...p,
      tenantId: tid(tenantId),
      id: rid(id),
      practitionerId: prid(practitionerId),
    })),
  practitionerPlaceEvent: (
    tenantId: string,
    placeId: string,
    id: string,
  ): fc.Arbitrary<PractitionerPlaceEvent> =>
    practitionerPlaceEventArb.map((e) => ({
      ...e,
      tenantId: tid(tenantId),
      placeId: rid(placeId),
      id: rid(id),
    })),
} as const;

/** Deterministic single records of every kind (seeded samples of {@link recordArbs}). */
export const make = {
  person: (t: string, id: string, seed = 1) => sampleOne(recordArbs.person(t, id), seed),
  carePlan: (t: string, id: string, personId: string, seed = 1) =>
    sampleOne(recordArbs.carePlan(t, id, personId), seed),
  carePlanEvent: (t: string, planId: string, id: string, seed = 1) =>
    sampleOne(recordArbs.carePlanEvent(t, planId, id), seed),
  assessment: (t: string, id: string, personId: string, seed = 1) =>
    sampleOne(recordArbs.assessment(t, id, personId), seed),
  organisation: (t: string, id: string, seed = 1) =>
    sampleOne(recordArbs.organisation(t, id), seed),
  service: (t: string, id: string, seed = 1) => sampleOne(recordArbs.service(t, id), seed),
  location: (t: string, id: string, seed = 1) => sampleOne(recordArbs.location(t, id), seed),
  referral: (t: string, id: string, personId: string, seed = 1) =>
    sampleOne(recordArbs.referral(t, id, personId), seed),
  referralEvent: (t: string, referralId: string, id: string, seed = 1) =>
    sampleOne(recordArbs.referralEvent(t, referralId, id), seed),
  task: (t: string, id: string, personId: string, seed = 1) =>
    sampleOne(recordArbs.task(t, id, personId), seed),
  taskEvent: (t: string, taskId: string, id: string, seed = 1) =>
    sampleOne(recordArbs.taskEvent(t, taskId, id), seed),
  programme: (t: string, id: string, seed = 1) => sampleOne(recordArbs.programme(t, id), seed),
  enrolment: (t: string, id: string, personId: string, programmeId: string, seed = 1) =>
    sampleOne(recordArbs.enrolment(t, id, personId, programmeId), seed),
  improvement: (t: string, id: string, practiceId: string, seed = 1) =>
    sampleOne(recordArbs.improvement(t, id, practiceId), seed),
  practitionerAssessment: (t: string, id: string, practitionerId: string, seed = 1) =>
    sampleOne(recordArbs.practitionerAssessment(t, id, practitionerId), seed),
  practiceAssessment: (t: string, id: string, practiceId: string, seed = 1) =>
    sampleOne(recordArbs.practiceAssessment(t, id, practiceId), seed),
  practitionerPlace: (t: string, id: string, practitionerId: string, seed = 1) =>
    sampleOne(recordArbs.practitionerPlace(t, id, practitionerId), seed),
  practitionerPlaceEvent: (t: string, placeId: string, id: string, seed = 1) =>
    sampleOne(recordArbs.practitionerPlaceEvent(t, placeId, id), seed),
  audit: (t: string, id: string, personId?: string, seed = 1) =>
    sampleOne(recordArbs.audit(t, id, personId), seed),
} as const;

/**
 * Strings that break careless adapters: SQL and JSON fragments, quoting, LIKE wildcards,
 * placeholders, unicode beyond the BMP, combining marks, right-to-left text, zero-width
 * characters. All are well-formed Unicode without NUL.
 */
export const hostileStrings: readonly string[] = [
  "Robert'); DROP TABLE person; --",
  '" OR 1=1 --',
  "' || (SELECT current_user) || '",
  '$1 $2 :name ? %s %% _ \\ \\\\',
  '{"tenantId":"other"}',
  '</script><script>alert(1)</script>',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀👩🏽‍⚕️ 🇬🇧',
  'Zoë Ångström — Ñoño',
  'e\u0301\u0308\u0327',
  'مرحبا بالعالم שלום',
  'zero\u200bwidth\ufeffbom',
  'tab\tnewline\ncr\r',
  '   ',
];

/** About 1 MB of mixed ASCII and multi-byte text. */
export function megabyteText(): string {
  const unit = 'Ünïcödé 🧪 plain ascii text. ';
  return unit.repeat(Math.ceil(1_048_576 / unit.length));
}
