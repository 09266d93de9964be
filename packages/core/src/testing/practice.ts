import fc from 'fast-check';
import type { PractitionerPlace, PractitionerPlaceEvent } from '../practice/index.js';
import { enrolmentArb } from './referral-programme.js';
import { actorArb, isoInstantArb, practitionerIdArb, recordIdArb, tenantIdArb } from './shared.js';

const skillArb = fc.oneof(
  fc.constantFrom('health-coaching', 'brief-action-planning', 'agenda-setting'),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
);
const skillsArb = fc.uniqueArray(skillArb, { minLength: 1, maxLength: 4 });

/** A practitioner's place on a development programme (structurally valid). */
export const practitionerPlaceArb: fc.Arbitrary<PractitionerPlace> = fc
  .tuple(enrolmentArb, practitionerIdArb, skillsArb)
  .map(([e, practitionerId, skills]) => ({
    schemaVersion: 1 as const,
    id: e.id,
    tenantId: e.tenantId,
    programmeId: e.programmeId,
    practitionerId,
    skills,
    status: e.status,
    queueNumber: e.queueNumber,
    attendance: e.attendance,
    history: e.history,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  }));

const envelopeArb = fc.record({
  schemaVersion: fc.constant(1 as const),
  id: recordIdArb,
  tenantId: tenantIdArb,
  placeId: recordIdArb,
  at: isoInstantArb,
  actor: actorArb,
});

/** Any event of a practitioner's place. */
export const practitionerPlaceEventArb: fc.Arbitrary<PractitionerPlaceEvent> = fc.oneof(
  fc
    .tuple(envelopeArb, recordIdArb, practitionerIdArb, skillsArb, fc.boolean())
    .map(([env, programmeId, practitionerId, skills, placed]) => ({
      ...env,
      type: 'place.offered' as const,
      programmeId,
      practitionerId,
      skills,
      status: placed ? ('enrolled' as const) : ('waiting-listed' as const),
      queueNumber: 1,
    })),
  envelopeArb.map((env) => ({ ...env, type: 'enrolment.completed' as const })),
  envelopeArb.map((env) => ({ ...env, type: 'enrolment.not-completed' as const })),
  envelopeArb.map((env) => ({ ...env, type: 'enrolment.withdrawn' as const, reason: 'moved on' })),
  envelopeArb.map((env) => ({ ...env, type: 'enrolment.promoted' as const, reason: 'place free' })),
);

/** The practice area's arbitraries, by catalogue name. */
export const practiceArbitraries: Record<string, fc.Arbitrary<unknown>> = {
  PractitionerPlace: practitionerPlaceArb,
  PractitionerPlaceEvent: practitionerPlaceEventArb,
};
