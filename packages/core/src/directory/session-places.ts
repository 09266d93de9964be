import * as z from 'zod/mini';
import { type RecordId, RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import { instantToMs, msToInstant } from '../time/zoned.js';

/** One session of a scheduled service or programme: the service, its schedule and start. */
export const SessionRefSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    serviceId: RecordIdSchema,
    scheduleId: RecordIdSchema,
    start: IsoInstantSchema,
  }),
);
/** One session of a scheduled service or programme. */
export type SessionRef = z.infer<typeof SessionRefSchema>;

/** Where a booking came from: a referral that books a session, or a programme enrolment. */
export const BookingSourceSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['referral', 'enrolment']),
);
/** Where a booking came from. */
export type BookingSource = z.infer<typeof BookingSourceSchema>;

/** A booking held on a session: the referral or enrolment that holds it and its places. */
export const BookingSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    bookingId: RecordIdSchema,
    source: BookingSourceSchema,
    places: z.int().check(z.gte(1), z.lte(100_000)),
  }),
);
/** A booking held on a session. */
export type Booking = z.infer<typeof BookingSchema>;

/** The fields of a session's places, shared by the ledger's tally and the stored record. */
const tallyShape = {
  session: SessionRefSchema,
  capacity: z.int().check(z.gte(0), z.lte(100_000)),
  bookings: z.array(BookingSchema).check(z.maxLength(100_000)),
  dropIns: z.int().check(z.gte(0), z.lte(100_000)),
  noShows: z.array(RecordIdSchema).check(z.maxLength(100_000)),
};

/** The ledger's rule: places taken never exceed capacity, and a booking is held once. */
const keepsTheRule = /* @__PURE__ */ lazySchema(() =>
  z.superRefine((t: { capacity: number; dropIns: number; bookings: readonly Booking[] }, ctx) => {
    const taken = t.bookings.reduce((sum, b) => sum + b.places, 0) + t.dropIns;
    if (taken > t.capacity)
      ctx.addIssue({ code: 'custom', message: 'more places taken than exist', path: ['bookings'] });
    if (new Set(t.bookings.map((b) => b.bookingId)).size !== t.bookings.length)
      ctx.addIssue({ code: 'custom', message: 'a booking is held twice', path: ['bookings'] });
  }),
);

/**
 * One session's places as the capacity ledger keeps them: capacity, bookings held, drop-ins
 * counted at the door and the bookings marked as no-shows. Places taken (bookings + drop-ins)
 * never exceed capacity, and a booking id is held at most once.
 */
export const SessionTallySchema = /* @__PURE__ */ lazySchema(() =>
  z.object(tallyShape).check(keepsTheRule),
);
/** One session's places: capacity, bookings, drop-ins and no-shows. */
export type SessionTally = z.infer<typeof SessionTallySchema>;

/**
 * A session's places as a stored record (kind `session-places`), one per session, so that
 * bookings made by different processes meet on one versioned record and never overbook. Its id
 * is {@link sessionPlacesId} of the session, so two writers opening the same session collide on
 * the id instead of creating two tallies.
 */
export const SessionPlacesSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      schemaVersion: schemaVersion(1),
      id: RecordIdSchema,
      tenantId: TenantIdSchema,
      ...tallyShape,
    })
    .check(
      keepsTheRule,
      z.refine((r) => r.id === sessionPlacesId(r.session), {
        message: 'the id is not the session’s id',
        path: ['id'],
      }),
    ),
);
/** A session's places as a stored record. */
export type SessionPlaces = z.infer<typeof SessionPlacesSchema>;

const MAX_ID = 200;

/** FNV-1a, 32-bit, as 8 hex digits: a short, stable fingerprint of a long session key. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The record id of a session's places: `<serviceId>:<scheduleId>:<start in UTC>`, or, when that
 * is longer than an id may be, its first characters and a fingerprint of the whole. The start is
 * written in UTC so one instant written with different offsets names one session. The stored
 * record also carries the session itself, and its schema checks that the two agree.
 *
 * @example
 * sessionPlacesId({ serviceId: 'cafe', scheduleId: 'thu', start: '2027-01-07T18:00:00+00:00' });
 * // 'cafe:thu:2027-01-07T18:00:00Z'
 */
export function sessionPlacesId(session: SessionRef): RecordId {
  const key = `${session.serviceId}:${session.scheduleId}:${msToInstant(instantToMs(session.start))}`;
  // The parts are ids and a UTC instant, so the key keeps to the id grammar (a session whose
  // parts were never parsed gets an id the record's schema then refuses).
  return (
    key.length <= MAX_ID ? key : `${key.slice(0, MAX_ID - 9)}-${fingerprint(key)}`
  ) as RecordId;
}
