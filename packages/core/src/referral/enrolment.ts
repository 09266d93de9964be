import * as z from 'zod/mini';
import { ActorSchema } from '../shared/actor.js';
import { PersonIdSchema, RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { optionalBoundedText, optionalOf } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';

/**
 * Where a person stands on a programme: `enrolled` (has a place), `waiting-listed`, or closed as
 * `withdrawn`, `completed` or `not-completed`.
 */
export const EnrolmentStatusSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['enrolled', 'waiting-listed', 'withdrawn', 'completed', 'not-completed']),
);
/** Where a person stands on a programme. */
export type EnrolmentStatus = z.infer<typeof EnrolmentStatusSchema>;

/** Whether the person came to a session. Only `attended` counts towards completion. */
export const AttendanceStatusSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['attended', 'absent', 'apologies']),
);
/** Whether the person came to a session. */
export type AttendanceStatus = z.infer<typeof AttendanceStatusSchema>;

/** Attendance at one programme session, as recorded (and possibly corrected) by staff. */
export const AttendanceSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    sessionId: RecordIdSchema,
    status: AttendanceStatusSchema,
    recordedAt: IsoInstantSchema,
    recordedBy: ActorSchema,
  }),
);
/** Attendance at one programme session. */
export type Attendance = z.infer<typeof AttendanceSchema>;

/** One entry in an enrolment's status history. */
export const EnrolmentStatusChangeSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    status: EnrolmentStatusSchema,
    at: IsoInstantSchema,
    actor: ActorSchema,
    reason: optionalBoundedText(2000),
  }),
);
/** One entry in an enrolment's status history. */
export type EnrolmentStatusChange = z.infer<typeof EnrolmentStatusChangeSchema>;

/**
 * A person's place (or wait) on a programme. `queueNumber` is the order of asking (1, 2, 3…
 * per programme): the waiting list is the waiting-listed enrolments in `queueNumber` order, so a
 * position is the rank of the number and promotion changes only the promoted record.
 */
export const EnrolmentSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      schemaVersion: schemaVersion(1),
      id: RecordIdSchema,
      tenantId: TenantIdSchema,
      programmeId: RecordIdSchema,
      personId: PersonIdSchema,
      /** The referral that led to this enrolment, if any. */
      referralId: optionalOf(RecordIdSchema),
      status: EnrolmentStatusSchema,
      queueNumber: z.int().check(z.gte(1), z.lte(1_000_000)),
      /** At most one entry per session. */
      attendance: z.array(AttendanceSchema).check(z.maxLength(100)),
      history: z.array(EnrolmentStatusChangeSchema).check(z.minLength(1), z.maxLength(500)),
      createdAt: IsoInstantSchema,
      updatedAt: IsoInstantSchema,
    })
    .check(
      z.refine((e) => new Set(e.attendance.map((a) => a.sessionId)).size === e.attendance.length, {
        message: 'attendance has at most one entry per session',
        path: ['attendance'],
      }),
    ),
);
/** A person's place (or wait) on a programme. */
export type Enrolment = z.infer<typeof EnrolmentSchema>;
