import {
  type DomainError,
  domainError,
  err,
  type IsoInstant,
  IsoInstantSchema,
  instantToMs,
  ok,
  type RecordId,
  type Result,
  type Service,
} from '@livewell/core';
import { type CapacityLedger, placesFree } from '../capacity/ledger.js';
import { nextSessions } from '../schedule/next-sessions.js';
import type { ScheduleOptions, Session } from '../schedule/session.js';

/** A session with places free: the service, the session and how many places are left. */
export interface SessionWithPlaces {
  readonly service: Service;
  readonly session: Session;
  readonly capacity: number;
  readonly placesFree: number;
}

/** The window and how many places are wanted (default 1). */
export interface PlacesFreeQuery {
  readonly from: IsoInstant;
  readonly until: IsoInstant;
  readonly places?: number;
}

/** Sessions with places free, and the services whose places are not counted per session. */
export interface PlacesFreeAnswer {
  readonly sessions: readonly SessionWithPlaces[];
  /** Active services with sessions but no `capacity`: their places are unknown, not zero. */
  readonly placesUnknown: readonly RecordId[];
}

/** Why the question could not be answered. */
export type PlacesFreeError = DomainError<'invalid-query'>;

/**
 * "A session with places free on Thursday": every session of the active `services` starting in
 * `[from, until)` with at least `places` free, by the capacity ledger (each service's
 * `capacity.placesPerSession` less bookings and drop-ins, plus cancellations and no-shows),
 * soonest first. Services without a capacity are listed in `placesUnknown`, never silently
 * dropped. `invalid-query` for a window that is not two instants in order, or a place count
 * that is not a whole number from 1.
 */
export function sessionsWithPlacesFree(
  services: readonly Service[],
  ledger: CapacityLedger,
  query: PlacesFreeQuery,
  options: ScheduleOptions = {},
): Result<PlacesFreeAnswer, PlacesFreeError> {
  try {
    return placesFreeIn(services, ledger, query, options);
  } catch {
    // A query or options that cannot be read (null, a throwing getter or proxy): never a throw.
    return err(domainError('invalid-query', 'The query or its options cannot be read.'));
  }
}

function placesFreeIn(
  services: readonly Service[],
  ledger: CapacityLedger,
  query: PlacesFreeQuery,
  options: ScheduleOptions,
): Result<PlacesFreeAnswer, PlacesFreeError> {
  const wanted = query.places ?? 1;
  const fromMs = instantToMsOrNaN(query.from);
  const untilMs = instantToMsOrNaN(query.until);
  if (!(fromMs < untilMs) || !Number.isInteger(wanted) || wanted < 1)
    return err(
      domainError('invalid-query', 'Ask for a window from an earlier to a later instant.', {
        from: query.from,
        until: query.until,
        places: wanted,
      }),
    );
  const sessions: SessionWithPlaces[] = [];
  const placesUnknown: RecordId[] = [];
  for (const service of services) {
    if (service.status !== 'active') continue;
    const schedules = [...service.schedules, ...service.locations.flatMap((l) => l.schedules)];
    if (schedules.length === 0) continue;
    const capacity = service.capacity?.placesPerSession;
    if (capacity === undefined) {
      placesUnknown.push(service.id);
      continue;
    }
    for (const schedule of schedules) {
      const found = nextSessions(schedule, query.from, { until: query.until }, options);
      if (!found.ok) continue;
      for (const session of found.value) {
        const ref = { serviceId: service.id, scheduleId: session.scheduleId, start: session.start };
        const free = placesFree(ledger, ref, capacity);
        if (free >= wanted) sessions.push({ service, session, capacity, placesFree: free });
      }
    }
  }
  sessions.sort((a, b) => instantToMs(a.session.start) - instantToMs(b.session.start));
  return ok({ sessions, placesUnknown });
}

function instantToMsOrNaN(value: unknown): number {
  const parsed = IsoInstantSchema.safeParse(value);
  return parsed.success ? instantToMs(parsed.data) : Number.NaN;
}
