import { type DomainError, domainError, err, ok, type RecordId, type Result } from '@livewell/core';

/** One session of a scheduled service or programme: the service, its schedule and start. */
export interface SessionRef {
  readonly serviceId: RecordId;
  readonly scheduleId: RecordId;
  readonly start: string;
}

/** Where a booking came from: a referral that books a session, or a programme enrolment. */
export type BookingSource = 'referral' | 'enrolment';

/**
 * A change to a session's places: a booking (by a referral or an enrolment) takes places, a
 * cancellation or a no-show gives them back, a drop-in count takes places at the door.
 */
export type CapacityEvent =
  | {
      readonly kind: 'booked';
      readonly session: SessionRef;
      readonly bookingId: RecordId;
      readonly source: BookingSource;
      readonly places: number;
    }
  | { readonly kind: 'cancelled'; readonly session: SessionRef; readonly bookingId: RecordId }
  | { readonly kind: 'no-show'; readonly session: SessionRef; readonly bookingId: RecordId }
  | { readonly kind: 'drop-ins'; readonly session: SessionRef; readonly count: number };

/** A booking held on a session. */
export interface Booking {
  readonly bookingId: RecordId;
  readonly source: BookingSource;
  readonly places: number;
}

/** One session's places: capacity, the bookings held, drop-ins counted and no-shows recorded. */
export interface SessionPlaces {
  readonly session: SessionRef;
  readonly capacity: number;
  readonly bookings: readonly Booking[];
  readonly dropIns: number;
  readonly noShows: readonly RecordId[];
}

/** Per-session places for every session anything has happened to, by {@link sessionKey}. */
export type CapacityLedger = Readonly<Record<string, SessionPlaces>>;

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
export const placesTaken = (p: SessionPlaces): number =>
  p.bookings.reduce((sum, b) => sum + b.places, 0) + p.dropIns;

/** The places free on a session (its capacity when nothing has happened to it yet). */
export function placesFree(ledger: CapacityLedger, session: SessionRef, capacity: number): number {
  const p = ledger[sessionKey(session)];
  return p === undefined ? capacity : p.capacity - placesTaken(p);
}

const refuse = (
  code: CapacityError['code'],
  message: string,
  details: Record<string, unknown>,
): Result<CapacityLedger, CapacityError> => err(domainError(code, message, details));

const isCount = (n: number) => Number.isInteger(n) && n >= 1 && n <= 100_000;

/**
 * Applies one change to the ledger, or refuses it with the ledger unchanged: a booking or
 * drop-in count that would take more places than are free is `session-full`; cancelling or
 * marking a no-show for a booking the session does not hold is `unknown-booking`; a booking id
 * used twice is `already-booked`; counts must be whole numbers from 1 (`invalid-places`).
 * `capacity` is the session's places (a service's `capacity.placesPerSession`; the evening
 * café's 60); `no-capacity` when it is not a whole number ≥ 0. Places therefore never go below
 * zero or above capacity, whatever the order of events.
 *
 * @example
 * const next = applyCapacityEvent(ledger, { kind: 'drop-ins', session, count: 12 }, 60);
 */
export function applyCapacityEvent(
  ledger: CapacityLedger,
  event: CapacityEvent,
  capacity: number,
): Result<CapacityLedger, CapacityError> {
  if (!Number.isInteger(capacity) || capacity < 0)
    return refuse('no-capacity', 'The session has no usable capacity.', { capacity });
  try {
    return applyTo(ledger, event, capacity);
  } catch {
    // An event that cannot be read (not an object, a throwing getter or proxy): never a throw.
    return refuse('invalid-capacity-event', 'The capacity event cannot be read.', {});
  }
}

function applyTo(
  ledger: CapacityLedger,
  event: CapacityEvent,
  capacity: number,
): Result<CapacityLedger, CapacityError> {
  const key = sessionKey(event.session);
  const current: SessionPlaces = ledger[key] ?? {
    session: { ...event.session },
    capacity,
    bookings: [],
    dropIns: 0,
    noShows: [],
  };
  const free = current.capacity - placesTaken(current);
  const write = (p: SessionPlaces) => ok({ ...ledger, [key]: p });
  switch (event.kind) {
    case 'booked': {
      if (!isCount(event.places))
        return refuse('invalid-places', 'A booking takes a whole number of places.', {
          places: event.places,
        });
      if (current.bookings.some((b) => b.bookingId === event.bookingId))
        return refuse('already-booked', `Booking ${event.bookingId} is already held.`, { key });
      if (event.places > free)
        return refuse('session-full', `Only ${free} places are free.`, { key, free });
      const booking = { bookingId: event.bookingId, source: event.source, places: event.places };
      return write({ ...current, bookings: [...current.bookings, booking] });
    }
    case 'cancelled':
    case 'no-show': {
      if (!current.bookings.some((b) => b.bookingId === event.bookingId))
        return refuse('unknown-booking', `No booking ${event.bookingId} on this session.`, {
          key,
        });
      const bookings = current.bookings.filter((b) => b.bookingId !== event.bookingId);
      const noShows =
        event.kind === 'no-show' ? [...current.noShows, event.bookingId] : current.noShows;
      return write({ ...current, bookings, noShows });
    }
    case 'drop-ins': {
      if (!isCount(event.count))
        return refuse('invalid-places', 'A drop-in count is a whole number from 1.', {
          count: event.count,
        });
      if (event.count > free)
        return refuse('session-full', `Only ${free} places are free.`, { key, free });
      return write({ ...current, dropIns: current.dropIns + event.count });
    }
  }
}
