import {
  type Enrolment,
  type PersonId,
  type Programme,
  parseEnrolment,
  type RecordId,
  sequentialIds,
  type TenantId,
} from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { coordinator, records, service } from './__fixtures__/records.js';
import { recordAttendance } from './attendance.js';
import { closeEnrolment, closeProgramme } from './close.js';
import { completionProgress } from './completion.js';
import type { ProgrammeContext } from './context.js';
import { enrol } from './enrol.js';
import { fillPlaces, mergeEnrolments } from './promote.js';
import { placesLeft, waitingList, waitingListPosition } from './roster.js';
import { transition } from './transition.js';
import type { RejectionCode as ProgrammeRejectionCode } from './types.js';
import { withdraw } from './withdraw.js';

const week = (n: number, hour = 10): string =>
  new Date(Date.UTC(2027, 0, 5 + 7 * (n - 1), hour)).toISOString().replace('.000', '');

/** A six-workshop skills programme, two places, complete with at least 4 of 6. */
const course: Programme = {
  schemaVersion: 2,
  id: 'skills-2027' as RecordId,
  tenantId: 't-1' as TenantId,
  serviceId: service.id,
  title: 'Living well with a long-term condition',
  sessions: [1, 2, 3, 4, 5, 6].map((n) => ({
    id: `w${n}` as RecordId,
    kind: 'workshop',
    start: week(n, 10),
    end: week(n, 12),
  })),
  capacity: 2,
  waitingListLimit: 2,
  completionRule: { kind: 'minimum-attended', minimum: 4 },
};

const context = (now: string): ProgrammeContext => ({
  now,
  actor: coordinator,
  ids: sequentialIds('e'),
  records,
});
const before = context('2026-12-01T09:00:00Z');
const p = (n: number) => `p-${n}` as PersonId;

function fill(count: number): Enrolment[] {
  let enrolments: Enrolment[] = [];
  const ctx = before;
  for (let n = 1; n <= count; n += 1) {
    const r = enrol(course, enrolments, { personId: p(n) }, { ...ctx, ids: () => `e-${n}` });
    if (!r.ok) throw new Error(r.error.message);
    enrolments = mergeEnrolments(enrolments, [...r.value.promoted, r.value.enrolment]);
  }
  return enrolments;
}

const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('enrol', () => {
  it('gives places up to capacity, then waitlists in order (a full programme is not a rejection)', () => {
    const enrolments = fill(4);
    expect(enrolments.map((e) => [e.personId, e.status, e.queueNumber])).toEqual([
      [p(1), 'enrolled', 1],
      [p(2), 'enrolled', 2],
      [p(3), 'waiting-listed', 3],
      [p(4), 'waiting-listed', 4],
    ]);
    expect(placesLeft(course, enrolments)).toBe(0);
    expect(waitingListPosition(enrolments, 'e-4' as RecordId)).toBe(2);
    expect(waitingListPosition(enrolments, 'e-1' as RecordId)).toBeUndefined();
    for (const e of enrolments) expect(parseEnrolment(e).ok).toBe(true);
  });

  it('promotes waiting people first when capacity is raised', () => {
    const bigger = { ...course, capacity: 3 };
    const r = enrol(bigger, fill(4), { personId: p(9) }, before);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.promoted.map((e) => e.personId)).toEqual([p(3)]);
    expect(r.value.enrolment.status).toBe('waiting-listed');
    const filled = fillPlaces({ ...course, capacity: 10 }, fill(4), before);
    expect(filled.ok && filled.value.map((e) => e.personId)).toEqual([p(3), p(4)]);
  });
});

describe('withdraw', () => {
  it('promotes the head of the waiting list, in order', () => {
    let enrolments = fill(4);
    const r = withdraw(
      course,
      enrolments,
      'e-1' as RecordId,
      context('2026-12-02T09:00:00Z'),
      'moved away',
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.enrolment.status).toBe('withdrawn');
    expect(r.value.enrolment.history.at(-1)?.reason).toBe('moved away');
    expect(r.value.promoted.map((e) => e.personId)).toEqual([p(3)]);
    enrolments = mergeEnrolments(enrolments, [r.value.enrolment, ...r.value.promoted]);
    expect(waitingList(enrolments).map((e) => e.personId)).toEqual([p(4)]);
  });

  it('withdrawing from the waiting list promotes nobody', () => {
    const r = withdraw(course, fill(4), 'e-3' as RecordId, before);
    expect(r.ok && r.value.promoted).toEqual([]);
  });
});

describe('attendance and completion', () => {
  it('completes at exactly the rule minimum (4 of 6) and not one below', () => {
    const [first, second] = fill(2) as [Enrolment, Enrolment];
    let a = first;
    let b = second;
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const ctx = context(week(n, 11));
      const ra = recordAttendance(
        course,
        a,
        { sessionId: `w${n}` as RecordId, status: n <= 4 ? 'attended' : 'absent' },
        ctx,
      );
      const rb = recordAttendance(
        course,
        b,
        { sessionId: `w${n}` as RecordId, status: n <= 3 ? 'attended' : 'apologies' },
        ctx,
      );
      if (!ra.ok || !rb.ok) throw new Error('attendance refused');
      a = ra.value;
      b = rb.value;
    }
    expect(completionProgress(course, a.attendance)).toMatchObject({
      attended: 4,
      needed: 4,
      met: true,
    });
    const after = context(week(6, 13));
    expect(closeEnrolment(course, a, after)).toMatchObject({
      ok: true,
      value: { status: 'completed' },
    });
    expect(closeEnrolment(course, b, after)).toMatchObject({
      ok: true,
      value: { status: 'not-completed' },
    });
  });

  it('honours required sessions and the all-attended rule', () => {
    const attended = (ids: string[]) =>
      ids.map((sessionId) => ({
        sessionId: sessionId as RecordId,
        status: 'attended' as const,
        recordedAt: week(6),
        recordedBy: coordinator,
      }));
    const withRequired: Programme = {
      ...course,
      completionRule: { kind: 'minimum-attended', minimum: 4, required: ['w1' as RecordId] },
    };
    expect(completionProgress(withRequired, attended(['w2', 'w3', 'w4', 'w5'])).met).toBe(false);
    expect(completionProgress(withRequired, attended(['w1', 'w3', 'w4', 'w5'])).met).toBe(true);
    const all: Programme = { ...course, completionRule: { kind: 'all-attended' } };
    expect(completionProgress(all, attended(['w1', 'w2', 'w3', 'w4', 'w5'])).met).toBe(false);
    expect(completionProgress(all, attended(['w1', 'w2', 'w3', 'w4', 'w5', 'w6'])).met).toBe(true);
  });

  it('closeProgramme closes places and withdraws those still waiting', () => {
    const r = closeProgramme(course, fill(3), context(week(7)));
    expect(r.ok && r.value.map((e) => [e.personId, e.status])).toEqual([
      [p(1), 'not-completed'],
      [p(2), 'not-completed'],
      [p(3), 'withdrawn'],
    ]);
  });
});

describe('programme rejections (one per code)', () => {
  const [first] = fill(1) as [Enrolment];
  const waiting = fill(3)[2] as Enrolment;
  const other: Programme = { ...course, id: 'other' as RecordId };
  const cases: [ProgrammeRejectionCode, () => { ok: boolean; error?: { code: string } }][] = [
    ['already-enrolled', () => enrol(course, fill(1), { personId: p(1) }, before)],
    ['waiting-list-full', () => enrol(course, fill(4), { personId: p(5) }, before)],
    ['programme-ended', () => enrol(course, [], { personId: p(1) }, context(week(6, 10)))],
    ['programme-not-finished', () => closeEnrolment(course, first, context(week(6, 11)))],
    ['wrong-programme', () => enrol(other, fill(1), { personId: p(7) }, before)],
    ['unknown-enrolment', () => withdraw(course, fill(1), 'nobody' as RecordId, before)],
    // The lifecycle kit's state codes (were enrolment-closed and not-enrolled).
    [
      'terminal-state',
      () => {
        const gone = withdraw(course, fill(1), 'e-1' as RecordId, before);
        if (!gone.ok) throw new Error('withdraw failed');
        return withdraw(course, [gone.value.enrolment], 'e-1' as RecordId, before);
      },
    ],
    [
      'invalid-transition',
      () =>
        recordAttendance(
          course,
          waiting,
          { sessionId: 'w1' as RecordId, status: 'attended' },
          context(week(1, 11)),
        ),
    ],
    [
      'unknown-session',
      () =>
        recordAttendance(
          course,
          first,
          { sessionId: 'w7' as RecordId, status: 'attended' },
          context(week(1, 11)),
        ),
    ],
    [
      'session-not-started',
      () =>
        recordAttendance(
          course,
          first,
          { sessionId: 'w2' as RecordId, status: 'attended' },
          context(week(1, 11)),
        ),
    ],
    [
      'attendance-already-recorded',
      () => {
        const once = recordAttendance(
          course,
          first,
          { sessionId: 'w1' as RecordId, status: 'absent' },
          context(week(1, 11)),
        );
        if (!once.ok) throw new Error('first record failed');
        return recordAttendance(
          course,
          once.value,
          { sessionId: 'w1' as RecordId, status: 'attended' },
          context(week(1, 12)),
        );
      },
    ],
    [
      'time-before-last-change',
      () => withdraw(course, fill(1), 'e-1' as RecordId, context('2026-11-30T09:00:00Z')),
    ],
  ];
  it.each(cases)('%s', (code, run) => {
    expect(codeOf(run())).toBe(code);
  });

  it('complete, mark-not-completed and promote check the rule and the places', () => {
    const after = { ...context(week(7)), programme: course, enrolments: [first] };
    expect(codeOf(transition(first, { type: 'complete' }, after))).toBe('completion-rule-not-met');
    const attended = {
      ...first,
      attendance: course.sessions.map((s) => ({
        sessionId: s.id,
        status: 'attended' as const,
        recordedAt: week(6, 12),
        recordedBy: coordinator,
      })),
    };
    expect(
      codeOf(
        transition(attended, { type: 'mark-not-completed' }, { ...after, enrolments: [attended] }),
      ),
    ).toBe('completion-rule-met');
    const full = fill(3);
    const third = full[2] as Enrolment;
    expect(
      codeOf(
        transition(third, { type: 'promote' }, { ...before, programme: course, enrolments: full }),
      ),
    ).toBe('no-place-free');
  });

  it('a correction replaces an earlier attendance record', () => {
    const once = recordAttendance(
      course,
      first,
      { sessionId: 'w1' as RecordId, status: 'absent' },
      context(week(1, 11)),
    );
    if (!once.ok) throw new Error('first record failed');
    const fixed = recordAttendance(
      course,
      once.value,
      { sessionId: 'w1' as RecordId, status: 'attended', correction: true },
      context(week(1, 12)),
    );
    expect(fixed.ok && fixed.value.attendance.map((a) => a.status)).toEqual(['attended']);
  });
});
