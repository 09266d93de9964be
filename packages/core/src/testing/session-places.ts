import fc from 'fast-check';
import {
  type Booking,
  type SessionPlaces,
  type SessionRef,
  sessionPlacesId,
} from '../directory/session-places.js';
import { isoInstantArb, recordIdArb, tenantIdArb } from './shared.js';

/** A session of a scheduled service. */
export const sessionRefArb: fc.Arbitrary<SessionRef> = fc.record({
  serviceId: recordIdArb,
  scheduleId: recordIdArb,
  start: isoInstantArb,
});

/**
 * A stored session's places that keep the ledger's rule: distinct bookings and drop-ins that
 * together take no more places than the capacity, and no-shows among earlier bookings' ids.
 */
export const sessionPlacesArb: fc.Arbitrary<SessionPlaces> = fc
  .record({
    tenantId: tenantIdArb,
    session: sessionRefArb,
    capacity: fc.integer({ min: 0, max: 200 }),
    bookings: fc.uniqueArray(
      fc.record({
        bookingId: recordIdArb,
        source: fc.constantFrom('referral' as const, 'enrolment' as const),
        places: fc.integer({ min: 1, max: 4 }),
      }),
      { selector: (b) => b.bookingId, maxLength: 12 },
    ),
    dropIns: fc.integer({ min: 0, max: 60 }),
    noShows: fc.array(recordIdArb, { maxLength: 3 }),
  })
  .map(({ tenantId, session, capacity, bookings, dropIns, noShows }) => {
    const kept: Booking[] = [];
    let taken = 0;
    for (const b of bookings) {
      if (taken + b.places > capacity) break;
      kept.push(b);
      taken += b.places;
    }
    return {
      schemaVersion: 1 as const,
      id: sessionPlacesId(session),
      tenantId,
      session,
      capacity,
      bookings: kept,
      dropIns: Math.min(dropIns, capacity - taken),
      noShows,
    };
  });

/** Arbitraries for the capacity ledger's catalogue schemas, keyed by schema name. */
export const sessionPlacesArbitraries = { SessionPlaces: sessionPlacesArb } as const;
