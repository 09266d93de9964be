// Issue 16: practitioner development programmes on the same programme lifecycle.
import {
  type EnrolmentCommand,
  type PractitionerId,
  type PractitionerPlace,
  type PractitionerPlaceEvent,
  type Programme,
  parsePractitionerPlace,
  parsePractitionerPlaceEvent,
  type RecordId,
  sequentialIds,
  type TenantId,
} from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coordinator, records, service } from './__fixtures__/records.js';
import type { ProgrammeContext } from './context.js';
import { developmentRecord } from './development-record.js';
import { replayPlace } from './place-replay.js';
import { enrolPractitioner, transitionPlace, withdrawPractitioner } from './practitioner-places.js';

const at = (day: number, hour = 10): string =>
  new Date(Date.UTC(2027, 0, day, hour)).toISOString().replace('.000', '');

/** Two workshops, an action learning set meeting and a one-to-one; complete with 3 of 4. */
const development: Programme = {
  schemaVersion: 2,
  id: 'dev-2027' as RecordId,
  tenantId: 't-1' as TenantId,
  serviceId: service.id,
  title: 'Supporting self-management: practitioner development',
  sessions: [
    { id: 'ws1' as RecordId, kind: 'workshop', start: at(5), end: at(5, 13) },
    { id: 'ws2' as RecordId, kind: 'workshop', start: at(12), end: at(12, 13) },
    { id: 'als1' as RecordId, kind: 'action-learning-set', start: at(19), end: at(19, 12) },
    { id: 'one1' as RecordId, kind: 'one-to-one', start: at(26), end: at(26, 11) },
  ],
  capacity: 2,
  completionRule: { kind: 'minimum-attended', minimum: 3, required: ['ws1' as RecordId] },
};
const skills = ['health-coaching', 'brief-action-planning', 'agenda-setting'];
const ids = sequentialIds('x');
const context = (now: string): ProgrammeContext => ({ now, actor: coordinator, ids, records });
const pr = (n: number) => `pr-${n}` as PractitionerId;

/** Enrols practitioners 1..n; returns the places and every event by place. */
function enrolAll(n: number) {
  let places: PractitionerPlace[] = [];
  const events = new Map<string, PractitionerPlaceEvent[]>();
  for (let k = 1; k <= n; k += 1) {
    const r = enrolPractitioner(
      development,
      places,
      { practitionerId: pr(k), skills },
      context(at(1)),
    );
    if (!r.ok) throw new Error(r.error.message);
    places = [...places, r.value.place];
    events.set(r.value.place.id, [...r.value.events]);
  }
  return { places, events };
}

describe('practitioner development places', () => {
  it('enrol, attend, complete: the development record gains the skills; replay rebuilds the place', () => {
    const { places, events } = enrolAll(1);
    let place = places[0] as PractitionerPlace;
    expect(place).toMatchObject({ status: 'enrolled', practitionerId: pr(1), skills });
    expect(place).not.toHaveProperty('personId');
    const log = events.get(place.id) ?? [];
    const steps: [string, EnrolmentCommand][] = [
      [at(5, 14), { type: 'record-attendance', sessionId: 'ws1' as RecordId, status: 'attended' }],
      [at(12, 14), { type: 'record-attendance', sessionId: 'ws2' as RecordId, status: 'absent' }],
      [
        at(19, 14),
        { type: 'record-attendance', sessionId: 'als1' as RecordId, status: 'attended' },
      ],
      [
        at(26, 14),
        { type: 'record-attendance', sessionId: 'one1' as RecordId, status: 'attended' },
      ],
      [at(27), { type: 'complete' }],
    ];
    for (const [now, command] of steps) {
      const r = transitionPlace(place, command, {
        ...context(now),
        programme: development,
        places: [place],
      });
      if (!r.ok) throw new Error(`${command.type}: ${r.error.code}`);
      place = r.value.place;
      log.push(...r.value.events);
    }
    expect(place.status).toBe('completed');
    expect(parsePractitionerPlace(place).ok).toBe(true);
    for (const e of log) expect(parsePractitionerPlaceEvent(e).ok).toBe(true);
    expect(log.map((e) => e.type)).toEqual([
      'place.offered',
      'enrolment.attendance-recorded',
      'enrolment.attendance-recorded',
      'enrolment.attendance-recorded',
      'enrolment.attendance-recorded',
      'enrolment.completed',
    ]);
    expect(replayPlace(log)).toEqual({ ok: true, value: place });
    const record = developmentRecord(pr(1), [place]);
    expect(record).toMatchObject({
      skills: ['agenda-setting', 'brief-action-planning', 'health-coaching'],
      inProgress: 0,
      firstCompletedAt: at(27),
    });
    expect(record.completed[0]?.attended).toBe(3);
  });

  it('completion rule not met: complete is refused with the programme’s code', () => {
    const { places } = enrolAll(1);
    const place = places[0] as PractitionerPlace;
    const r = transitionPlace(
      place,
      { type: 'complete' },
      {
        ...context(at(27)),
        programme: development,
        places,
      },
    );
    expect(r.ok ? 'ok' : r.error.code).toBe('completion-rule-not-met');
  });

  it('waitlists past capacity and promotes on withdrawal, with events', () => {
    const { places } = enrolAll(3);
    expect(places.map((p) => p.status)).toEqual(['enrolled', 'enrolled', 'waiting-listed']);
    const first = places[0] as PractitionerPlace;
    const r = withdrawPractitioner(development, places, first.id, context(at(2)), 'changed role');
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.place.status).toBe('withdrawn');
    expect(r.value.events.map((e) => e.type)).toEqual(['enrolment.withdrawn']);
    expect(r.value.promoted.map((p) => [p.place.practitionerId, p.place.status])).toEqual([
      [pr(3), 'enrolled'],
    ]);
    expect(r.value.promoted[0]?.events.map((e) => e.type)).toEqual(['enrolment.promoted']);
  });

  it('a patient (or anyone acting as a person) can never act on a practitioner’s place', () => {
    const { places } = enrolAll(1);
    const asPerson: ProgrammeContext = {
      ...context(at(2)),
      actor: { kind: 'person', personId: 'pr-1' as never },
    };
    const place = places[0] as PractitionerPlace;
    const r = withdrawPractitioner(development, places, place.id, asPerson);
    expect(r.ok ? 'ok' : r.error.code).toBe('not-authorised');
    const e = enrolPractitioner(development, [], { practitionerId: pr(9), skills }, asPerson);
    expect(e.ok ? 'ok' : e.error.code).toBe('not-authorised');
  });

  it('replay refuses a history that does not start with place.offered or mixes places', () => {
    const { events } = enrolAll(2);
    const [a, b] = [...events.values()];
    expect(replayPlace([]).ok).toBe(false);
    expect(replayPlace([...(a ?? []), ...(b ?? [])]).ok).toBe(false);
  });

  it('replay of any accepted command sequence equals the snapshot (model check)', () => {
    const commandArb: fc.Arbitrary<EnrolmentCommand> = fc.oneof(
      fc.record({
        type: fc.constant('record-attendance' as const),
        sessionId: fc.constantFrom('ws1', 'ws2', 'als1', 'one1', 'nope') as fc.Arbitrary<RecordId>,
        status: fc.constantFrom('attended' as const, 'absent' as const, 'apologies' as const),
        correction: fc.boolean(),
      }),
      fc.constant({ type: 'complete' as const }),
      fc.constant({ type: 'mark-not-completed' as const }),
      fc.constant({ type: 'withdraw' as const }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(commandArb, fc.integer({ min: 2, max: 30 })), { maxLength: 12 }),
        (steps) => {
          const { places, events } = enrolAll(1);
          let place = places[0] as PractitionerPlace;
          const log = [...(events.get(place.id) ?? [])];
          let day = 1;
          for (const [command, next] of steps) {
            day = Math.max(day, next);
            const r = transitionPlace(place, command, {
              ...context(at(day, 15)),
              programme: development,
              places: [place],
            });
            if (!r.ok) continue; // a rejection changes nothing
            place = r.value.place;
            log.push(...r.value.events);
          }
          expect(replayPlace(log)).toEqual({ ok: true, value: place });
          expect(parsePractitionerPlace(place).ok).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
