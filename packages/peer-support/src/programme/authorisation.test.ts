import type {
  Actor,
  CarerId,
  PersonId,
  PractitionerId,
  Programme,
  RecordId,
  TenantId,
} from '@livewell/core';
import { describe, expect, it } from 'vitest';
import {
  bookingSystem,
  coordinator,
  personWithCarers,
  records,
  service,
} from './__fixtures__/records.js';
import { recordAttendance } from './attendance.js';
import { closeProgramme } from './close.js';
import type { ProgrammeContext } from './context.js';
import { enrol } from './enrol.js';
import { withdraw } from './withdraw.js';

const course: Programme = {
  schemaVersion: 2,
  id: 'skills' as RecordId,
  tenantId: 't-1' as TenantId,
  serviceId: service.id,
  title: 'Living well',
  sessions: [
    {
      id: 'w1' as RecordId,
      kind: 'workshop',
      start: '2027-01-05T10:00:00Z',
      end: '2027-01-05T12:00:00Z',
    },
  ],
  capacity: 2,
  completionRule: { kind: 'all-attended' },
};
const personId = 'p-1' as PersonId;
const at = (
  now: string,
  actor: Actor,
  over: Partial<ProgrammeContext['records']> = {},
): ProgrammeContext => ({
  now,
  actor,
  ids: () => 'e-1',
  records: { ...records, ...over },
});
const before = (actor: Actor, over: Partial<ProgrammeContext['records']> = {}) =>
  at('2026-12-01T09:00:00Z', actor, over);
const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

function enrolled() {
  const r = enrol(course, [], { personId }, before(coordinator));
  if (!r.ok) throw new Error(r.error.message);
  return r.value.enrolment;
}

describe('programme commands take their authority from records (issue 11)', () => {
  it('the person may enrol and withdraw themselves; not someone else', () => {
    expect(enrol(course, [], { personId }, before({ kind: 'person', personId })).ok).toBe(true);
    const other: Actor = { kind: 'person', personId: 'p-2' as PersonId };
    expect(codeOf(enrol(course, [], { personId }, before(other)))).toBe('not-authorised');
    expect(codeOf(withdraw(course, [enrolled()], 'e-1' as RecordId, before(other)))).toBe(
      'not-authorised',
    );
    expect(
      withdraw(course, [enrolled()], 'e-1' as RecordId, before({ kind: 'person', personId })).ok,
    ).toBe(true);
  });

  it('a carer acts only when registered on the person’s record with consent', () => {
    const person = personWithCarers(personId);
    const consenting: Actor = {
      kind: 'carer',
      carerId: `c-${personId}` as CarerId,
      onBehalfOf: personId,
    };
    const without: Actor = {
      kind: 'carer',
      carerId: `x-${personId}` as CarerId,
      onBehalfOf: personId,
    };
    expect(enrol(course, [], { personId }, before(consenting, { person })).ok).toBe(true);
    expect(codeOf(enrol(course, [], { personId }, before(consenting)))).toBe('not-authorised');
    expect(codeOf(enrol(course, [], { personId }, before(without, { person })))).toBe(
      'not-authorised',
    );
  });

  it('only the running service marks attendance and closes; by membership, not by claimed role', () => {
    const outsider: Actor = {
      kind: 'practitioner',
      practitionerId: 'gp-9' as PractitionerId,
      role: 'gp',
    };
    const during = '2027-01-05T11:00:00Z';
    const record = { sessionId: 'w1' as RecordId, status: 'attended' } as const;
    expect(recordAttendance(course, enrolled(), record, at(during, coordinator)).ok).toBe(true);
    expect(recordAttendance(course, enrolled(), record, at(during, bookingSystem)).ok).toBe(true);
    expect(codeOf(recordAttendance(course, enrolled(), record, at(during, outsider)))).toBe(
      'not-authorised',
    );
    expect(
      codeOf(
        recordAttendance(course, enrolled(), record, at(during, { kind: 'person', personId })),
      ),
    ).toBe('not-authorised');
    const imposter: Actor = { kind: 'system', name: 'anything' };
    expect(codeOf(closeProgramme(course, [enrolled()], at('2027-01-06T09:00:00Z', imposter)))).toBe(
      'not-authorised',
    );
  });

  it('refuses records of another service', () => {
    const other = { id: 'svc-other' as RecordId, organisationId: service.organisationId };
    expect(codeOf(enrol(course, [], { personId }, before(coordinator, { service: other })))).toBe(
      'records-mismatch',
    );
  });
});

describe('programme entry points never throw on outside input (issue 11)', () => {
  it('typed errors for a malformed context, programme, request or hostile object', () => {
    expect(
      codeOf(enrol(course, [], { personId }, { ...before(coordinator), now: 'yesterday' })),
    ).toBe('invalid-context');
    expect(codeOf(enrol({} as never, [], { personId }, before(coordinator)))).toBe('invalid-input');
    expect(codeOf(enrol(course, ['x'] as never, { personId }, before(coordinator)))).toBe(
      'invalid-input',
    );
    expect(codeOf(enrol(course, [], null as never, before(coordinator)))).toBe('invalid-command');
    expect(codeOf(withdraw(course, [], 7 as never, before(coordinator)))).toBe('invalid-command');
    expect(
      codeOf(
        recordAttendance(
          course,
          enrolled(),
          { sessionId: 'w1', status: 'late' } as never,
          before(coordinator),
        ),
      ),
    ).toBe('invalid-command');
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(codeOf(enrol(course, [], hostile as never, before(coordinator)))).toBe('invalid-input');
    expect(codeOf(closeProgramme(course, [], hostile as never))).toBe('invalid-input');
  });
});
