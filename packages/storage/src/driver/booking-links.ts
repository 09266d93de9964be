import type { PersonId, RecordId, SessionPlaces } from '@livewell/core';
import type { RecordKinds } from '../port/kinds.js';
import { fromRow, toRow } from './codec.js';
import type { DriverSession } from './driver.js';
import { readAllIn } from './paging.js';
import type { Scope } from './scope.js';

/** What unlinking an erased person's bookings from the capacity ledger changed. */
export interface BookingUnlinking {
  /** Sessions whose places held a booking of the person's referrals or enrolments. */
  readonly sessions: number;
  /** Bookings (and no-show marks) whose id was replaced by an anonymous one. */
  readonly bookings: number;
}

/** The ids that can hold a person's places, and the services whose sessions may hold them. */
export interface PersonBookings {
  readonly bookingIds: ReadonlySet<string>;
  readonly serviceIds: ReadonlySet<string>;
}

/**
 * A person's referrals and enrolments (the ids a booking holds) and their services (a
 * referral's service; an enrolment's programme's service), read before the erasure removes them.
 */
export async function personBookings(
  k: RecordKinds,
  scope: Scope,
  session: DriverSession,
  personId: PersonId,
): Promise<PersonBookings> {
  const bookingIds = new Set<string>();
  const serviceIds = new Set<string>();
  const byPerson = (collection: string) =>
    readAllIn(session, { collection, order: 'id', personId }, (row) => row);
  for (const row of (await byPerson(k.referral.name)).items) {
    bookingIds.add(row.id);
    if (row.parentId !== undefined && row.parentId !== null) serviceIds.add(row.parentId);
  }
  for (const row of (await byPerson(k.enrolment.name)).items) {
    bookingIds.add(row.id);
    const programme =
      row.parentId === undefined || row.parentId === null
        ? undefined
        : await session.get(k.programme.name, row.parentId);
    if (programme !== undefined)
      serviceIds.add(fromRow(k.programme, scope.tenantId, programme).record.serviceId);
  }
  return { bookingIds, serviceIds };
}

/** The first `erased-<n>` id no booking or no-show of the session uses. */
function anonymousId(taken: Set<string>): RecordId {
  for (let n = 1; ; n += 1) {
    const id = `erased-${n}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id as RecordId;
    }
  }
}

/**
 * Replaces the ids of an erased person's referrals and enrolments in the capacity ledger with
 * anonymous ones, inside the erasure's write unit. The places stay taken (a past session's
 * count does not change) but nothing links them to the person any more. Each session changed
 * is saved at its next version, so a booking in flight conflicts and retries on the new record.
 * Sessions are found by the services of the person's referrals and programmes (the ledger is
 * indexed by service, never by person), from {@link personBookings}.
 */
export async function unlinkBookings(
  k: RecordKinds,
  scope: Scope,
  session: DriverSession,
  { bookingIds, serviceIds }: PersonBookings,
): Promise<BookingUnlinking> {
  const count = { sessions: 0, bookings: 0 };
  if (bookingIds.size === 0) return count;
  for (const serviceId of serviceIds) {
    const rows = await readAllIn(
      session,
      { collection: k.sessionPlaces.name, order: 'id', parentId: serviceId },
      (row) => row,
    );
    for (const row of rows.items) {
      const places = fromRow(k.sessionPlaces, scope.tenantId, row).record;
      const held = places.bookings.some((b) => bookingIds.has(b.bookingId));
      const marked = places.noShows.some((id) => bookingIds.has(id));
      if (!held && !marked) continue;
      const taken = new Set<string>([
        ...places.bookings.map((b) => b.bookingId),
        ...places.noShows,
      ]);
      const renamed = new Map<string, RecordId>();
      const rename = (id: RecordId): RecordId => {
        if (!bookingIds.has(id)) return id;
        const known = renamed.get(id) ?? anonymousId(taken);
        renamed.set(id, known);
        return known;
      };
      const unlinked: SessionPlaces = {
        ...places,
        bookings: places.bookings.map((b) => ({ ...b, bookingId: rename(b.bookingId) })),
        noShows: places.noShows.map(rename),
      };
      await session.replace(
        k.sessionPlaces.name,
        toRow(k.sessionPlaces, scope.tenantId, unlinked),
        row.version,
      );
      count.sessions += 1;
      count.bookings += renamed.size;
    }
  }
  return count;
}
