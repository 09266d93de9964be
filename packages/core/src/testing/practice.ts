import fc from 'fast-check';
import type {
  CoDesigner,
  Improvement,
  ImprovementCommand,
  ImprovementEvent,
  ImprovementMeasure,
  ImprovementOrigin,
  PractitionerPlace,
  PractitionerPlaceEvent,
} from '../practice/index.js';
import { enrolmentArb } from './referral-programme.js';
import {
  actorArb,
  isoInstantArb,
  personIdArb,
  practitionerIdArb,
  recordIdArb,
  tenantIdArb,
  textArb,
} from './shared.js';

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

const noteArb = textArb(60);
const originArb: fc.Arbitrary<ImprovementOrigin> = fc.oneof(
  fc.record(
    { kind: fc.constant('programme-feedback' as const), programmeId: recordIdArb, note: noteArb },
    { requiredKeys: ['kind', 'programmeId'] },
  ),
  fc.record(
    {
      kind: fc.constantFrom(
        'patient-feedback' as const,
        'staff-suggestion' as const,
        'audit' as const,
        'other' as const,
      ),
      note: noteArb,
    },
    { requiredKeys: ['kind'] },
  ),
);
const coDesignerArb: fc.Arbitrary<CoDesigner> = fc.oneof(
  practitionerIdArb.map((practitionerId) => ({ kind: 'staff' as const, practitionerId })),
  personIdArb.map((personId) => ({ kind: 'patient' as const, personId })),
);
const measureArb: fc.Arbitrary<ImprovementMeasure> = fc.record(
  {
    name: textArb(40),
    value: fc.integer({ min: -1000, max: 100_000 }),
    unit: fc.constantFrom('%', 'people', 'minutes'),
    recordedAt: isoInstantArb,
    note: noteArb,
  },
  { requiredKeys: ['name', 'value', 'recordedAt'] },
);
const improvementStatusArb = fc.constantFrom(
  'idea' as const,
  'trial' as const,
  'in-routine-use' as const,
  'dropped' as const,
);

/** A practice's improvement (structurally valid). */
export const improvementArb: fc.Arbitrary<Improvement> = fc.record({
  schemaVersion: fc.constant(1 as const),
  id: recordIdArb,
  tenantId: tenantIdArb,
  practiceId: recordIdArb,
  title: textArb(40),
  problem: textArb(80),
  origin: originArb,
  coDesigners: fc.array(coDesignerArb, { maxLength: 4 }),
  status: improvementStatusArb,
  measures: fc.array(measureArb, { maxLength: 3 }),
  history: fc.array(
    fc.record({ status: improvementStatusArb, at: isoInstantArb, actor: actorArb }),
    { minLength: 1, maxLength: 3 },
  ),
  createdAt: isoInstantArb,
  updatedAt: isoInstantArb,
});

const improvementEnvelopeArb = fc.record({
  schemaVersion: fc.constant(1 as const),
  id: recordIdArb,
  tenantId: tenantIdArb,
  improvementId: recordIdArb,
  at: isoInstantArb,
  actor: actorArb,
});

/** Any event of an improvement. */
export const improvementEventArb: fc.Arbitrary<ImprovementEvent> = fc.oneof(
  fc.tuple(improvementEnvelopeArb, improvementArb).map(([env, i]) => ({
    ...env,
    type: 'improvement.proposed' as const,
    practiceId: i.practiceId,
    title: i.title,
    problem: i.problem,
    origin: i.origin,
    coDesigners: i.coDesigners,
  })),
  improvementEnvelopeArb.map((env) => ({ ...env, type: 'improvement.trial-started' as const })),
  improvementEnvelopeArb.map((env) => ({ ...env, type: 'improvement.adopted' as const })),
  improvementEnvelopeArb.map((env) => ({
    ...env,
    type: 'improvement.dropped' as const,
    reason: 'no effect',
  })),
  fc
    .tuple(improvementEnvelopeArb, measureArb)
    .map(([env, measure]) => ({ ...env, type: 'improvement.measured' as const, measure })),
  fc.tuple(improvementEnvelopeArb, coDesignerArb).map(([env, coDesigner]) => ({
    ...env,
    type: 'improvement.co-designer-added' as const,
    coDesigner,
  })),
);

/** Any improvement command. */
export const improvementCommandArb: fc.Arbitrary<ImprovementCommand> = fc.oneof(
  fc.constant({ type: 'start-trial' as const }),
  fc.constant({ type: 'adopt' as const }),
  textArb(40).map((reason) => ({ type: 'drop' as const, reason })),
  fc.record(
    {
      type: fc.constant('record-measure' as const),
      name: textArb(40),
      value: fc.integer({ min: 0, max: 1000 }),
      unit: fc.constant('%'),
    },
    { requiredKeys: ['type', 'name', 'value'] },
  ),
  coDesignerArb.map((coDesigner) => ({ type: 'add-co-designer' as const, coDesigner })),
);

/** The practice area's arbitraries, by catalogue name. */
export const practiceArbitraries: Record<string, fc.Arbitrary<unknown>> = {
  PractitionerPlace: practitionerPlaceArb,
  PractitionerPlaceEvent: practitionerPlaceEventArb,
  Improvement: improvementArb,
  ImprovementEvent: improvementEventArb,
  ImprovementCommand: improvementCommandArb,
};
