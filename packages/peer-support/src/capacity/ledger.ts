import {
  type BookingSource,
  type DomainError,
  domainError,
  err,
  ok,
  type RecordId,
  type Result,
  type SessionPlaces,
  type SessionRef,
  type SessionTally,
  sessionPlacesId,
  type TenantId,
} from '@livewell/core';

/**
 * A change to one session's places: a booking (by a referral or an enrolment) takes places, a
 * cancellation or a no-show gives them back, a drop-in count takes places at the door.
 */
export type SessionEvent =
  | {
      readonly kind: 'booked';
      readonly bookingId: RecordId;
      readonly source: BookingSource;
      readonly places: number;
    }
  | { readonly kind: 'cancelled'; readonly bookingId: RecordId }
  | { readonly kind: 'no-show'; readonly bookingId: RecordId }
  | { readonly kind: 'drop-ins'; readonly count: number };

/** A {@link SessionEvent} with the session it happened to (what the ledger applies). */
export type CapacityEvent = SessionEvent & { readonly session: SessionRef };

/** Per-session places for every session anything has happened to, by {@link sessionKey}. */
export type CapacityLedger = Readonly<Record<string, SessionTally>>;

/** Why a change to the ledger was refused (the ledger is unchanged). */
export type CapacityError = DomainError<
  | 'session-full'
  | 'unknown-booking'
  | 'already-booked'
  | 'invalid-places'
  | 'no-capacity'
  | 'invalid-capacity-event'
>;

/** The key of a session in the ledger. */
export const sessionKey = (s: SessionRef): string => `${s.serviceId}|${s.scheduleId}|${s.start}`;

/** The places taken on a session: bookings plus drop-ins. */
export const placesTaken = (p: SessionTally): number =>
  p.bookings.reduce((sum, b) => sum + b.places, 0) + p.dropIns;

/** The places free on a session (its capacity when nothing has happened to it yet). */
export function placesFree(ledger: CapacityLedger, session: SessionRef, capacity: number): number {
  const p = ledger[sessionKey(session)];
  return p === undefined ? capacity : p.capacity - placesTaken(p);
}

const refuse = <T>(
  code: CapacityError['code'],
  message: string,
  details: Record<string, unknown>,
): Result<T, CapacityError> => err(domainError(code, message, details));

const isCount = (n: number) => Number.isInteger(n) && n >= 1 && n <= 100_000;

/**
 * Applies one change to one session's places, or refuses it with nothing changed: a booking or
 * drop-in count that would take more places than are free is `session-full`; cancelling or
 * marking a no-show for a booking the session does not hold is `unknown-booking`; a booking id
 * used twice is `already-booked`; counts must be whole numbers from 1 (`invalid-places`). Works
 * on a ledger entry and on a stored `SessionPlaces` record alike (the other fields are kept), so
 * a store's `sessionPlaces.update(id, (p) => applyToSession(p, event))` books safely against
 * concurrent writers.
 *
 * @example
 * const next = applyToSession(places, { kind: 'drop-ins', count: 12 });
 */
export function applyToSession<P extends SessionTally>(
  places: P,
  event: SessionEvent,
): Result<P, CapacityError> {
  try {
    return applyRules(places, event);
  } catch {
    // A record or event that cannot be read (throwing getters, proxies): never a throw.
    return refuse('invalid-capacity-event', 'The session or the event cannot be read.', {});
  }
}

function applyRules<P extends SessionTally>(
  places: P,
  event: SessionEvent,
): Result<P, CapacityError> {
  const key = sessionKey(places.session);
  const free = places.capacity - placesTaken(places);
  switch (event.kind) {
    case 'booked': {
      if (!isCount(event.places))
        return refuse('invalid-places', 'A booking takes a whole number of places.', {
          places: event.places,
        });
      if (places.bookings.some((b) => b.bookingId === event.bookingId))
        return refuse('already-booked', `Booking ${event.bookingId} is already held.`, { key });
      if (event.places > free)
        return refuse('session-full', `Only ${free} places are free.`, { key, free });
      const booking = { bookingId: event.bookingId, source: event.source, places: event.places };
      return ok({ ...places, bookings: [...places.bookings, booking] });
    }
    case 'cancelled':
    case 'no-show': {
      if (!places.bookings.some((b) => b.bookingId === event.bookingId))
        return refuse('unknown-booking', `No booking ${event.bookingId} on this session.`, {
          key,
        });
      const bookings = places.bookings.filter((b) => b.bookingId !== event.bookingId);
      const noShows =
        event.kind === 'no-show' ? [...places.noShows, event.bookingId] : places.noShows;
      return ok({ ...places, bookings, noShows });
    }
    case 'drop-ins': {
      if (!isCount(event.count))
        return refuse('invalid-places', 'A drop-in count is a whole number from 1.', {
          count: event.count,
        });
      if (event.count > free)
        return refuse('session-full', `Only ${free} places are free.`, { key, free });
      return ok({ ...places, dropIns: places.dropIns + event.count });
    }
    default:
      return refuse('invalid-capacity-event', 'The capacity event is of no known kind.', {});
  }
}

/**
 * A session's places before anything has happened to it, or `no-capacity` when `capacity` is
 * not a whole number from 0 to 100,000.
 */
export function openSession(
  session: SessionRef,
  capacity: number,
): Result<SessionTally, CapacityError> {
  if (!Number.isInteger(capacity) || capacity < 0 || capacity > 100_000)
    return refuse('no-capacity', 'The session has no usable capacity.', { capacity });
  try {
    const { serviceId, scheduleId, start } = session;
    return ok({
      session: { serviceId, scheduleId, start },
      capacity,
      bookings: [],
      dropIns: 0,
      noShows: [],
    });
  } catch {
    return refuse('invalid-capacity-event', 'The session cannot be read.', {});
  }
}

/**
 * The stored record of a session's places before anything has happened to it (create it with
 * the store's `sessionPlaces.create`; its id is `sessionPlacesId(session)`), or `no-capacity`.
 */
export function openSessionPlaces(
  tenantId: TenantId,
  session: SessionRef,
  capacity: number,
): Result<SessionPlaces, CapacityError> {
  const opened = openSession(session, capacity);
  if (!opened.ok) return opened;
  try {
    const id = sessionPlacesId(opened.value.session);
    return ok({ schemaVersion: 1, id, tenantId, ...opened.value });
  } catch {
    return refuse('invalid-capacity-event', 'The session cannot be read.', {});
  }
}

/**
 * Applies one change to the ledger, or refuses it with the ledger unchanged (see
 * {@link applyToSession} for the rules). `capacity` is the session's places (a service's
 * `capacity.placesPerSession`; the evening café's 60), used when the session is new to the
 * ledger (`no-capacity` then, when it is not a whole number from 0 to 100,000; a session the
 * ledger holds keeps its own). Places therefore never go below zero
 * or above capacity, whatever the order of events.
 *
 * @example
 * const next = applyCapacityEvent(ledger, { kind: 'drop-ins', session, count: 12 }, 60);
 */
export function applyCapacityEvent(
  ledger: CapacityLedger,
  event: CapacityEvent,
  capacity: number,
): Result<CapacityLedger, CapacityError> {
  try {
    const key = sessionKey(event.session);
    const current = ledger[key];
    const places = current === undefined ? openSession(event.session, capacity) : ok(current);
    if (!places.ok) return places;
    const next = applyToSession(places.value, event);
    return next.ok ? ok({ ...ledger, [key]: next.value }) : next;
  } catch {
    // An event that cannot be read (not an object, a throwing getter or proxy): never a throw.
    return refuse('invalid-capacity-event', 'The capacity event cannot be read.', {});
  }
}
