import { parseSessionPlaces, type RecordId, type SessionRef, type TenantId } from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCapacityEvent,
  applyToSession,
  type CapacityEvent,
  type CapacityLedger,
  openSessionPlaces,
  placesFree,
  placesTaken,
} from './ledger.js';

const sessions: SessionRef[] = ['18:00', '19:00'].map((t) => ({
  serviceId: 'svc-cafe' as RecordId,
  scheduleId: 'sch-cafe' as RecordId,
  start: `2026-12-03T${t}:00Z`,
}));
const bookingIds = Array.from({ length: 8 }, (_, i) => `b-${i}` as RecordId);

const eventArb: fc.Arbitrary<CapacityEvent> = fc.oneof(
  fc.record({
    kind: fc.constant('booked' as const),
    session: fc.constantFrom(...sessions),
    bookingId: fc.constantFrom(...bookingIds),
    source: fc.constantFrom('referral' as const, 'enrolment' as const),
    places: fc.integer({ min: -2, max: 4 }),
  }),
  fc.record({
    kind: fc.constantFrom('cancelled' as const, 'no-show' as const),
    session: fc.constantFrom(...sessions),
    bookingId: fc.constantFrom(...bookingIds),
  }),
  fc.record({
    kind: fc.constant('drop-ins' as const),
    session: fc.constantFrom(...sessions),
    count: fc.integer({ min: -1, max: 6 }),
  }),
);

describe('capacity ledger', () => {
  it('places never go below zero or above capacity, whatever the order of events', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.array(eventArb, { maxLength: 60 }),
        (capacity, events) => {
          let ledger: CapacityLedger = {};
          for (const event of events) {
            const before = ledger;
            const r = applyCapacityEvent(ledger, event, capacity);
            if (r.ok) ledger = r.value;
            else expect(ledger).toBe(before); // a refused event changes nothing
            for (const s of sessions) {
              const free = placesFree(ledger, s, capacity);
              expect(free).toBeGreaterThanOrEqual(0);
              expect(free).toBeLessThanOrEqual(capacity);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a booking then its cancellation (or no-show) restores the places exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('cancelled' as const, 'no-show' as const),
        (capacity, places, ending) => {
          const session = sessions[0] as SessionRef;
          const bookingId = 'b-x' as RecordId;
          const booked = applyCapacityEvent(
            {},
            { kind: 'booked', session, bookingId, source: 'referral', places },
            capacity,
          );
          if (places > capacity) {
            expect(booked.ok).toBe(false);
            return;
          }
          if (!booked.ok) throw new Error(booked.error.message);
          const after = applyCapacityEvent(
            booked.value,
            { kind: ending, session, bookingId },
            capacity,
          );
          expect(after.ok && placesFree(after.value, session, capacity)).toBe(capacity);
        },
      ),
    );
  });

  it("the evening café's 60 a night: referrals, drop-ins and a no-show", () => {
    const night = sessions[0] as SessionRef;
    const steps: CapacityEvent[] = [
      {
        kind: 'booked',
        session: night,
        bookingId: 'ref-1' as RecordId,
        source: 'referral',
        places: 1,
      },
      {
        kind: 'booked',
        session: night,
        bookingId: 'ref-2' as RecordId,
        source: 'referral',
        places: 2,
      },
      { kind: 'drop-ins', session: night, count: 50 },
      { kind: 'no-show', session: night, bookingId: 'ref-2' as RecordId },
    ];
    let ledger: CapacityLedger = {};
    const free: number[] = [];
    for (const e of steps) {
      const r = applyCapacityEvent(ledger, e, 60);
      if (!r.ok) throw new Error(r.error.message);
      ledger = r.value;
      free.push(placesFree(ledger, night, 60));
    }
    expect(free).toEqual([59, 57, 7, 9]);
    const full = applyCapacityEvent(ledger, { kind: 'drop-ins', session: night, count: 10 }, 60);
    expect(full.ok ? 'ok' : full.error.code).toBe('session-full');
    const entry = Object.values(ledger)[0];
    expect(entry && placesTaken(entry)).toBe(51);
    expect(entry?.noShows).toEqual(['ref-2']);
  });

  it('a stored session record stays valid (core schema) whatever is applied to it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.array(eventArb, { maxLength: 40 }),
        (capacity, events) => {
          const opened = openSessionPlaces(
            'riverside' as TenantId,
            sessions[0] as SessionRef,
            capacity,
          );
          if (!opened.ok) throw new Error(opened.error.message);
          let record = opened.value;
          for (const event of events) {
            const r = applyToSession(record, event);
            if (r.ok) record = r.value;
            expect(parseSessionPlaces(record).ok).toBe(true);
            expect(record.id).toBe(opened.value.id);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('one instant written with different offsets names one stored session', () => {
    const at = (start: string) =>
      openSessionPlaces('riverside' as TenantId, { ...(sessions[0] as SessionRef), start }, 60);
    const z = at('2026-12-03T18:00:00Z');
    const offset = at('2026-12-03T19:00:00+01:00');
    expect(z.ok && offset.ok && z.value.id === offset.value.id).toBe(true);
    expect(openSessionPlaces('riverside' as TenantId, sessions[0] as SessionRef, -1).ok).toBe(
      false,
    );
  });
});
