import type { Enrolment, PersonId, Programme, RecordId, TenantId } from '@livewell/core';
import { bench, describe } from 'vitest';
import { bookingSystem as actor, records, service } from './__fixtures__/records.js';
import { enrol } from './enrol.js';
import { mergeEnrolments } from './promote.js';
import { withdraw } from './withdraw.js';

let seq = 0;
const context = { now: '2026-12-01T09:00:00Z', actor, ids: () => `e-${++seq}`, records };

const programme: Programme = {
  schemaVersion: 2,
  id: 'prog' as RecordId,
  tenantId: 't' as TenantId,
  serviceId: service.id,
  title: 'A large course',
  sessions: [1, 2, 3, 4, 5, 6].map((n) => ({
    id: `w${n}` as RecordId,
    kind: 'workshop',
    start: `2027-01-0${n}T10:00:00Z`,
    end: `2027-01-0${n}T12:00:00Z`,
  })),
  capacity: 500,
  completionRule: { kind: 'minimum-attended', minimum: 4 },
};

/** 500 enrolled and 500 waiting. */
let enrolments: Enrolment[] = [];
for (let n = 0; n < 1000; n += 1) {
  const r = enrol(programme, enrolments, { personId: `p-${n}` as PersonId }, context);
  if (!r.ok) throw new Error(r.error.message);
  enrolments = mergeEnrolments(enrolments, [...r.value.promoted, r.value.enrolment]);
}
const firstEnrolled = enrolments[0] as Enrolment;

describe('programme with 1,000 enrolments (500 places, 500 waiting)', () => {
  bench('enrol one more (joins the waiting list)', () => {
    enrol(programme, enrolments, { personId: 'newcomer' as PersonId }, context);
  });
  bench('withdraw an enrolled person (promotes the head of the queue)', () => {
    withdraw(programme, enrolments, firstEnrolled.id, context);
  });
});
