/**
 * Actor fuzz (issue 11 item 7): every programme command, random actors of every kind and random
 * records, against an oracle written from the documented rules (docs/referrals-and-programmes.md).
 * Each case is set up so the command succeeds for an authorised actor: accepted exactly when
 * the rules allow, refused with `not-authorised` otherwise.
 */
import type {
  Actor,
  CarerId,
  Enrolment,
  IsoInstant,
  PersonId,
  PractitionerId,
  Programme,
  ProgrammeContext,
  ProgrammeRecords,
  RecordId,
  TenantId,
} from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordAttendance } from './attendance.js';
import { closeEnrolment, closeProgramme } from './close.js';
import { enrol } from './enrol.js';
import { fillPlaces } from './promote.js';
import { withdraw } from './withdraw.js';

const people = ['p-1', 'p-2'] as const;
const practitioners = ['pr-1', 'pr-2', 'pr-3'] as const;
const organisations = ['org-a', 'org-b'] as const;
const carers = ['c-1', 'c-2', 'c-3'] as const;
const systemNames = ['hub', 'feed', 'stranger'] as const;

const course: Programme = {
  schemaVersion: 2,
  id: 'prog' as RecordId,
  tenantId: 't' as TenantId,
  serviceId: 'svc' as RecordId,
  title: 'Skills course',
  sessions: [1, 2, 3].map((n) => ({
    id: `w${n}` as RecordId,
    kind: 'workshop' as const,
    start: `2027-01-0${n}T10:00:00Z`,
    end: `2027-01-0${n}T12:00:00Z`,
  })),
  capacity: 1,
  completionRule: { kind: 'minimum-attended', minimum: 1 },
};

const enrolment = (personId: string, n: number, status: Enrolment['status']): Enrolment => ({
  schemaVersion: 1,
  id: `e-${n}` as RecordId,
  tenantId: 't' as TenantId,
  programmeId: 'prog' as RecordId,
  personId: personId as PersonId,
  status,
  queueNumber: n,
  attendance: [],
  history: [{ status, at: '2026-12-01T09:00:00Z', actor: { kind: 'system', name: 'setup' } }],
  createdAt: '2026-12-01T09:00:00Z',
  updatedAt: '2026-12-01T09:00:00Z',
});

const actorArb: fc.Arbitrary<Actor> = fc.oneof(
  fc.constantFrom(...people).map((id): Actor => ({ kind: 'person', personId: id as PersonId })),
  fc.tuple(fc.constantFrom(...carers), fc.constantFrom(...people)).map(
    ([id, person]): Actor => ({
      kind: 'carer',
      carerId: id as CarerId,
      onBehalfOf: person as PersonId,
    }),
  ),
  fc.constantFrom(...practitioners).map(
    (id): Actor => ({
      kind: 'practitioner',
      practitionerId: id as PractitionerId,
      role: 'health-coach',
    }),
  ),
  fc.constantFrom(...systemNames).map((name): Actor => ({ kind: 'system', name })),
);

const recordsArb: fc.Arbitrary<ProgrammeRecords> = fc.record(
  {
    service: fc
      .constantFrom(...organisations)
      .map((org) => ({ id: 'svc' as RecordId, organisationId: org as RecordId })),
    memberships: fc.array(
      fc.record(
        {
          practitionerId: fc.constantFrom(...practitioners).map((id) => id as PractitionerId),
          organisationId: fc.constantFrom(...organisations).map((id) => id as RecordId),
          until: fc.constantFrom('2026-06-01T00:00:00Z', '2028-01-01T00:00:00Z'),
        },
        { requiredKeys: ['practitionerId', 'organisationId'] },
      ),
      { maxLength: 4 },
    ),
    systems: fc.array(
      fc.record({
        name: fc.constantFrom(...systemNames),
        organisationIds: fc.subarray([...organisations]).map((ids) => ids as RecordId[]),
      }),
      { maxLength: 3 },
    ),
    person: fc.record({
      id: fc.constantFrom(...people).map((id) => id as PersonId),
      carers: fc
        .uniqueArray(fc.tuple(fc.constantFrom(...carers), fc.boolean()), {
          selector: ([id]) => id,
          maxLength: 3,
        })
        .map((list) =>
          list.map(([id, consentToShare]) => ({
            id: id as CarerId,
            name: 'Carer',
            relationship: 'friend',
            consentToShare,
          })),
        ),
    }),
  },
  { requiredKeys: ['service', 'memberships', 'systems'] },
);

type Command =
  | 'enrol'
  | 'withdraw'
  | 'record-attendance'
  | 'close-enrolment'
  | 'close-programme'
  | 'fill-places';
const commands: readonly Command[] = [
  'enrol',
  'withdraw',
  'record-attendance',
  'close-enrolment',
  'close-programme',
  'fill-places',
];

// ---- The oracle: the documented rules, written out again. ----

/** Who may issue each command: the running service, and for some the person (or their carer). */
const personMay: Record<Command, boolean> = {
  enrol: true,
  withdraw: true,
  'record-attendance': false,
  'close-enrolment': false,
  'close-programme': false,
  'fill-places': false,
};

function oracle(
  command: Command,
  actor: Actor,
  records: ProgrammeRecords,
  now: IsoInstant,
  personId: string,
) {
  const org = records.service.organisationId;
  const isService =
    (actor.kind === 'practitioner' &&
      records.memberships.some(
        (m) =>
          m.practitionerId === actor.practitionerId &&
          m.organisationId === org &&
          (m.until === undefined || now < m.until),
      )) ||
    (actor.kind === 'system' &&
      records.systems.some((s) => s.name === actor.name && s.organisationIds.includes(org)));
  const isPerson =
    (actor.kind === 'person' && actor.personId === personId) ||
    (actor.kind === 'carer' &&
      actor.onBehalfOf === personId &&
      records.person?.id === personId &&
      records.person.carers.some((c) => c.id === actor.carerId && c.consentToShare));
  return isService || (personMay[command] && isPerson);
}

function run(command: Command, personId: string, context: ProgrammeContext) {
  switch (command) {
    case 'enrol':
      return enrol(course, [], { personId: personId as PersonId }, context);
    case 'withdraw':
      return withdraw(course, [enrolment(personId, 1, 'enrolled')], 'e-1' as RecordId, context);
    case 'record-attendance':
      return recordAttendance(
        course,
        enrolment(personId, 1, 'enrolled'),
        { sessionId: 'w1' as RecordId, status: 'attended' },
        context,
      );
    case 'close-enrolment':
      return closeEnrolment(course, enrolment(personId, 1, 'enrolled'), context);
    case 'close-programme':
      return closeProgramme(course, [enrolment(personId, 1, 'enrolled')], context);
    case 'fill-places':
      return fillPlaces(course, [enrolment(personId, 1, 'waiting-listed')], context);
  }
}

const nowFor: Record<Command, IsoInstant> = {
  enrol: '2026-12-02T09:00:00Z',
  withdraw: '2026-12-02T09:00:00Z',
  'record-attendance': '2027-01-01T11:00:00Z',
  'close-enrolment': '2027-01-04T09:00:00Z',
  'close-programme': '2027-01-04T09:00:00Z',
  'fill-places': '2026-12-02T09:00:00Z',
};

describe('programme actor fuzz: nothing accepted outside the documented rules', () => {
  it('every command, every kind of actor, random records', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...commands),
        fc.constantFrom(...people),
        actorArb,
        recordsArb,
        (command, personId, actor, records) => {
          const now = nowFor[command];
          let seq = 0;
          const context: ProgrammeContext = { now, actor, ids: () => `n-${++seq}`, records };
          const result = run(command, personId, context);
          const allowed = oracle(command, actor, records, now, personId);
          if (result.ok) accepted += 1;
          expect(result.ok ? 'ok' : result.error.code).toBe(allowed ? 'ok' : 'not-authorised');
        },
      ),
      { numRuns: 4000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });
});
