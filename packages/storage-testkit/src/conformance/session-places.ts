import {
  err,
  ok,
  type PersonId,
  type RecordId,
  type SessionPlaces,
  type SessionRef,
  sessionPlacesId,
  type TenantId,
} from '@livewell/core';
import { make } from '../fixtures.js';
import type { SuiteContext } from './context.js';
import { expectStorageError } from './expect-error.js';
import { json } from './round-trips.js';

const T = 'tenant-cap';

/** The evening café's Thursday session: 60 places. */
const cafe = (start = '2027-01-07T18:00:00Z'): SessionRef => ({
  serviceId: 'svc-cafe' as RecordId,
  scheduleId: 'sch-thursday' as RecordId,
  start,
});

const opened = (session: SessionRef, capacity: number): SessionPlaces => ({
  schemaVersion: 1,
  id: sessionPlacesId(session),
  tenantId: T as TenantId,
  session,
  capacity,
  bookings: [],
  dropIns: 0,
  noShows: [],
});

/** Takes places if they are free (the rule `applyToSession` applies), refusing otherwise. */
const book = (places: SessionPlaces, bookingId: string, count: number) => {
  const taken = places.bookings.reduce((n, b) => n + b.places, 0) + places.dropIns;
  if (taken + count > places.capacity) return err('session-full' as const);
  return ok({
    ...places,
    bookings: [
      ...places.bookings,
      { bookingId: bookingId as RecordId, source: 'referral' as const, places: count },
    ],
  });
};

/**
 * The capacity ledger's records (`session-places`): stored and read back exactly, listed by
 * service, refused when they break the ledger's invariant, and never overbooked by concurrent
 * bookings (the versioned record makes the losers reload and re-check).
 */
export function sessionPlacesSuite(ctx: SuiteContext): void {
  const { t } = ctx;
  const to = ctx.options.timeout;
  t.describe('capacity ledger (session places)', () => {
    t.it(
      'stores, reads back, versions and lists sessions by service',
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        const thursday = opened(cafe(), 60);
        const nextWeek = opened(cafe('2027-01-14T18:00:00Z'), 60);
        const other = opened({ ...cafe(), serviceId: 'svc-walk' as RecordId }, 12);
        for (const r of [thursday, nextWeek, other]) await s.sessionPlaces.create(r);
        t.expect(await s.sessionPlaces.get(thursday.id)).toEqual({ record: thursday, version: 1 });
        const booked = await s.sessionPlaces.update(thursday.id, (p) => book(p, 'ref-1', 2));
        t.expect(booked.ok && booked.value.version).toBe(2);
        const listed = await s.sessionPlaces.listByService('svc-cafe' as RecordId);
        t.expect(listed.items.map((v) => v.record.id)).toEqual([thursday.id, nextWeek.id].sort());
        const stored = await raw.record(T, 'session-places', thursday.id);
        t.expect(json(stored?.doc)).toEqual(json(booked.ok ? booked.value.record : undefined));
        await expectStorageError(t, s.sessionPlaces.create(thursday), 'duplicate');
      }),
      to,
    );

    t.it(
      'refuses a record that takes more places than exist, or whose id is not its session’s',
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        const full = {
          ...opened(cafe(), 1),
          bookings: [{ bookingId: 'ref-1' as RecordId, source: 'referral' as const, places: 2 }],
        };
        await expectStorageError(t, s.sessionPlaces.create(full), 'invalid-request');
        const misnamed = { ...opened(cafe(), 60), id: 'some-other-id' as RecordId };
        await expectStorageError(t, s.sessionPlaces.create(misnamed), 'invalid-request');
        t.expect(await raw.records(T, 'session-places')).toHaveLength(0);
      }),
      to,
    );

    t.it(
      `${ctx.writers * 2} concurrent bookings for ${ctx.writers} places: exactly ${ctx.writers} held, none lost, never overbooked`,
      ctx.withStore(async ({ tenant }) => {
        const s = tenant(T);
        const capacity = ctx.writers;
        const session = opened(cafe(), capacity);
        await s.sessionPlaces.create(session);
        const results = await Promise.allSettled(
          Array.from({ length: capacity * 2 }, (_, i) =>
            s.sessionPlaces.update(session.id, (p) => book(p, `ref-${i}`, 1), {
              maxAttempts: capacity * 4,
            }),
          ),
        );
        const held = results.filter((r) => r.status === 'fulfilled' && r.value.ok).length;
        const full = results.filter((r) => r.status === 'fulfilled' && !r.value.ok).length;
        const conflicts = results.filter((r) => r.status === 'rejected');
        for (const c of conflicts)
          t.expect((c.reason as { code?: unknown }).code, String(c.reason)).toBe('conflict');
        const final = await s.sessionPlaces.get(session.id);
        // Every booking the store reported held is on the record, and nothing more.
        t.expect(final.record.bookings).toHaveLength(held);
        t.expect(held).toBeLessThanOrEqual(capacity);
        t.expect(final.version).toBe(1 + held);
        // With retries enough, every place is taken and the rest are told the session is full.
        if (conflicts.length === 0) {
          t.expect(held).toBe(capacity);
          t.expect(full).toBe(capacity);
        }
      }),
      to,
    );

    t.it(
      'erasing a person unlinks their bookings: the places stay taken, no id of theirs is left',
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        await s.people.create(make.person(T, 'p1'));
        const referral = make.referral(T, 'ref-p1', 'p1');
        await s.referrals.create(referral);
        const session = { ...cafe(), serviceId: referral.serviceId };
        const places: SessionPlaces = {
          ...opened(session, 60),
          bookings: [
            { bookingId: 'ref-p1' as RecordId, source: 'referral', places: 2 },
            { bookingId: 'ref-other' as RecordId, source: 'referral', places: 1 },
          ],
          dropIns: 5,
        };
        await s.sessionPlaces.create(places);
        const report = await s.erasePerson('p1' as PersonId, {
          auditId: 'erasure-cap' as RecordId,
          at: '2027-02-01T10:00:00Z',
          actor: { kind: 'system', name: 'dpo-request' },
        });
        t.expect(report.audit.details).toMatchObject({
          bookingLinks: { sessions: 1, bookings: 1 },
        });
        const stored = await raw.record(T, 'session-places', places.id);
        t.expect(JSON.stringify(stored?.doc)).not.toContain('ref-p1');
        const after = await s.sessionPlaces.get(places.id);
        t.expect(after.version).toBe(2);
        t.expect(after.record.bookings).toEqual([
          { bookingId: 'erased-1', source: 'referral', places: 2 },
          { bookingId: 'ref-other', source: 'referral', places: 1 },
        ]);
        t.expect(after.record.dropIns).toBe(5);
      }),
      to,
    );
  });
}
