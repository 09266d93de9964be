import type { RecordId, Schedule } from '@livewell/core';
import { scheduleArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpenAt, nextSessions } from './next-sessions.js';

const cafe: Schedule = {
  id: 'sch-1' as RecordId,
  timeZone: 'Europe/London',
  recurrence: { freq: 'daily', interval: 1 },
  opensAt: '18:00',
  closesAt: '23:00',
  validFrom: '2026-01-01',
  bankHolidays: 'open',
  exceptions: [],
};
const from = '2026-12-01T00:00:00Z';

/** A value the type system would refuse, as a JavaScript caller or raw JSON can pass it. */
const raw = (value: unknown): Schedule => value as Schedule;
const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('schedule functions refuse what they cannot read (issue 11)', () => {
  it('an unknown time zone is an error, not an empty list', () => {
    const r = nextSessions({ ...cafe, timeZone: 'Mars/Olympus' }, from, { count: 3 });
    expect(codeOf(r)).toBe('unknown-time-zone');
    expect(codeOf(isOpenAt({ ...cafe, timeZone: 'Europe/Londres' }, from))).toBe(
      'unknown-time-zone',
    );
  });

  it('an unreadable `from` is an error, not an empty list', () => {
    for (const bad of ['yesterday', '2026-13-01T00:00:00Z', '', '2026-12-01']) {
      expect(codeOf(nextSessions(cafe, bad, { count: 3 }))).toBe('invalid-instant');
    }
    expect(codeOf(nextSessions(cafe, from, { until: 'next week' }))).toBe('invalid-instant');
    expect(codeOf(isOpenAt(cafe, 'now'))).toBe('invalid-instant');
  });

  it('a schedule missing `exceptions` is an error, not a TypeError', () => {
    const { exceptions: _dropped, ...unparsed } = cafe;
    const r = nextSessions(raw(unparsed), from, { count: 3 });
    expect(codeOf(r)).toBe('invalid-schedule');
    if (!r.ok) expect(r.error.issues?.[0]?.path).toEqual(['exceptions']);
  });

  it('a misspelt field is not quietly defaulted', () => {
    const { timeZone: _dropped, ...rest } = cafe;
    const r = nextSessions(raw({ ...rest, timezone: 'Europe/Paris' }), from, { count: 1 });
    expect(codeOf(r)).toBe('invalid-schedule');
  });

  it('refuses limits and bank holidays it cannot use', () => {
    for (const limit of [{ count: -1 }, { count: 1.5 }, { count: 1, lookaheadDays: 1e9 }, {}]) {
      expect(codeOf(nextSessions(cafe, from, limit as never))).toBe('invalid-limit');
    }
    expect(codeOf(nextSessions(cafe, from, { until: '2226-12-01T00:00:00Z' }))).toBe(
      'invalid-limit',
    );
    expect(codeOf(nextSessions(cafe, from, { count: 1 }, { bankHolidays: [1] as never }))).toBe(
      'invalid-bank-holidays',
    );
  });

  it('still answers for a parsed schedule', () => {
    const r = nextSessions(cafe, from, { count: 2 });
    expect(r.ok && r.value.map((s) => s.start)).toEqual([
      '2026-12-01T18:00:00Z',
      '2026-12-02T18:00:00Z',
    ]);
    expect(isOpenAt(cafe, '2026-12-01T22:30:00Z')).toEqual({ ok: true, value: true });
  });
});

describe('schedule functions never throw', () => {
  const anything = fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true });
  const limitArb = fc.oneof(
    anything,
    fc.record({ count: anything }),
    fc.record({ until: anything }),
    fc.record({ count: fc.integer({ min: 0, max: 5 }), lookaheadDays: anything }),
  );
  const instantArb = fc.oneof(
    anything,
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  );

  it('for anything in every argument', () => {
    fc.assert(
      fc.property(anything, anything, anything, anything, (s, f, l, o) => {
        const r = nextSessions(raw(s), f as string, l as never, o as never);
        expect(typeof r.ok).toBe('boolean');
        expect(typeof isOpenAt(raw(s), f as string, o as never).ok).toBe('boolean');
      }),
      { numRuns: 1_000 },
    );
  });

  it('for a real schedule with anything else, and changes nothing it is given', () => {
    fc.assert(
      fc.property(scheduleArb, instantArb, limitArb, anything, (s, f, l, o) => {
        const before = structuredClone(s);
        const r = nextSessions(s, f as string, l as never, { bankHolidays: o as never });
        expect(typeof r.ok).toBe('boolean');
        expect(typeof isOpenAt(s, f as string).ok).toBe('boolean');
        expect(s).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('for mutated schedules (a field removed or replaced by anything)', () => {
    const keys = ['id', 'timeZone', 'recurrence', 'opensAt', 'closesAt', 'validFrom', 'exceptions'];
    fc.assert(
      fc.property(
        scheduleArb,
        fc.constantFrom(...keys),
        anything,
        fc.boolean(),
        (s, k, v, drop) => {
          const mutated: Record<string, unknown> = { ...s };
          if (drop) delete mutated[k];
          else mutated[k] = v;
          const r = nextSessions(raw(mutated), from, { count: 3 });
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
