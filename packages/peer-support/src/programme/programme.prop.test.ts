import {
  type Attendance,
  type Enrolment,
  type PersonId,
  type Programme,
  parseEnrolment,
  type RecordId,
  type TenantId,
} from '@livewell/core';
import { programmeArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookingSystem as actor, records, service } from './__fixtures__/records.js';
import { completionProgress, meetsCompletionRule } from './completion.js';
import { enrol } from './enrol.js';
import { mergeEnrolments } from './promote.js';
import { holdingPlaces, placesLeft, waitingList } from './roster.js';
import { withdraw } from './withdraw.js';

const op = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('enrol' as const), person: fc.nat(11) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('withdraw' as const), pick: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('grow' as const),
      by: fc.integer({ min: 1, max: 2 }),
    }),
    weight: 1,
  },
);

const baseProgramme = (capacity: number, waitingListLimit: number | undefined): Programme => ({
  schemaVersion: 2,
  id: 'prog' as RecordId,
  tenantId: 't' as TenantId,
  serviceId: service.id,
  title: 'Six workshops',
  sessions: [1, 2, 3, 4, 5, 6].map((n) => ({
    id: `w${n}` as RecordId,
    kind: 'workshop',
    start: `2027-01-${String(n * 4).padStart(2, '0')}T10:00:00Z`,
    end: `2027-01-${String(n * 4).padStart(2, '0')}T12:00:00Z`,
  })),
  capacity,
  ...(waitingListLimit === undefined ? {} : { waitingListLimit }),
  completionRule: { kind: 'minimum-attended', minimum: 4 },
});

describe('programme places and waiting list', () => {
  it('never over capacity, nobody waits while a place is free, the queue keeps its order and promotes its head', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        fc.array(op, { maxLength: 40 }),
        (capacity, limit, ops) => {
          let programme = baseProgramme(capacity, limit);
          let enrolments: Enrolment[] = [];
          let queue: RecordId[] = []; // the model: waiting ids in the order they joined
          let seq = 0;
          let minute = 0;
          for (const o of ops) {
            minute += 1;
            const context = {
              now: new Date(Date.UTC(2026, 11, 1) + minute * 60_000).toISOString(),
              actor,
              ids: () => `e-${++seq}`,
              records,
            };
            let promoted: readonly Enrolment[] = [];
            if (o.kind === 'grow') {
              programme = { ...programme, capacity: programme.capacity + o.by };
              continue; // places free up only when someone next enrols or withdraws
            }
            if (o.kind === 'enrol') {
              const r = enrol(
                programme,
                enrolments,
                { personId: `p-${o.person}` as PersonId },
                context,
              );
              if (!r.ok) {
                const active = enrolments.some(
                  (e) =>
                    e.personId === `p-${o.person}` &&
                    (e.status === 'enrolled' || e.status === 'waiting-listed'),
                );
                expect(r.error.code).toBe(active ? 'already-enrolled' : 'waiting-list-full');
                continue;
              }
              promoted = r.value.promoted;
              expect(promoted.map((e) => e.id)).toEqual(queue.slice(0, promoted.length));
              queue = queue.slice(promoted.length);
              if (r.value.enrolment.status === 'waiting-listed') queue.push(r.value.enrolment.id);
              enrolments = mergeEnrolments(enrolments, [...promoted, r.value.enrolment]);
            } else {
              const active = enrolments.filter(
                (e) => e.status === 'enrolled' || e.status === 'waiting-listed',
              );
              const target = active[o.pick % Math.max(active.length, 1)];
              if (target === undefined) continue;
              const r = withdraw(programme, enrolments, target.id, context);
              if (!r.ok) throw new Error(r.error.message);
              queue = queue.filter((id) => id !== target.id);
              promoted = r.value.promoted;
              // Promotion takes the head of the queue, in order.
              expect(promoted.map((e) => e.id)).toEqual(queue.slice(0, promoted.length));
              queue = queue.slice(promoted.length);
              enrolments = mergeEnrolments(enrolments, [r.value.enrolment, ...promoted]);
            }
            expect(holdingPlaces(enrolments).length).toBeLessThanOrEqual(programme.capacity);
            const waiting = waitingList(enrolments);
            if (waiting.length > 0) expect(placesLeft(programme, enrolments)).toBe(0);
            expect(waiting.map((e) => e.id)).toEqual(queue);
            if (programme.waitingListLimit !== undefined) {
              expect(waiting.length).toBeLessThanOrEqual(programme.waitingListLimit);
            }
            const numbers = enrolments.map((e) => e.queueNumber);
            expect(new Set(numbers).size).toBe(numbers.length);
          }
          for (const e of enrolments) expect(parseEnrolment(e).ok).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

const attendanceFor = (
  ids: readonly string[],
  status: Attendance['status'] = 'attended',
): Attendance[] =>
  ids.map((sessionId) => ({
    sessionId: sessionId as RecordId,
    status,
    recordedAt: '2027-02-01T12:00:00Z',
    recordedBy: actor,
  }));

describe('completion rule', () => {
  it('agrees with a naive reading of the rule for any attendance', () => {
    fc.assert(
      fc.property(
        programmeArb,
        fc.array(fc.constantFrom('attended', 'absent', 'apologies', 'none'), {
          minLength: 100,
          maxLength: 100,
        }),
        (programme, marks) => {
          const attendance = programme.sessions.flatMap((s, i): Attendance[] => {
            const mark = marks[i];
            return mark === undefined || mark === 'none' ? [] : attendanceFor([s.id], mark);
          });
          const attended = new Set(
            attendance.filter((a) => a.status === 'attended').map((a) => a.sessionId),
          );
          const rule = programme.completionRule;
          const expected =
            rule.kind === 'all-attended'
              ? programme.sessions.every((s) => attended.has(s.id))
              : attended.size >= rule.minimum &&
                (rule.required ?? []).every((id) => attended.has(id));
          expect(meetsCompletionRule(programme, attendance)).toBe(expected);
          // Records for sessions outside the programme never count.
          const stray = [...attendance, ...attendanceFor(['not-a-session-1', 'not-a-session-2'])];
          expect(meetsCompletionRule(programme, stray)).toBe(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is exact at its edge: the minimum completes, one fewer does not', () => {
    fc.assert(
      fc.property(programmeArb, fc.nat(), (programme, seed) => {
        const { needed } = completionProgress(programme, []);
        const rule = programme.completionRule;
        const required = rule.kind === 'minimum-attended' ? (rule.required ?? []) : [];
        fc.pre(required.length <= needed);
        const others = programme.sessions.map((s) => s.id).filter((id) => !required.includes(id));
        const rotate = seed % Math.max(others.length, 1);
        const extra = [...others.slice(rotate), ...others.slice(0, rotate)].slice(
          0,
          needed - required.length,
        );
        const exact = [...required, ...extra];
        expect(exact).toHaveLength(needed);
        expect(meetsCompletionRule(programme, attendanceFor(exact))).toBe(true);
        for (const dropped of exact) {
          const fewer = exact.filter((id) => id !== dropped);
          expect(meetsCompletionRule(programme, attendanceFor(fewer))).toBe(false);
          // Turning up but being marked absent is not attending.
          const marked = [...attendanceFor(fewer), ...attendanceFor([dropped], 'absent')];
          expect(meetsCompletionRule(programme, marked)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
