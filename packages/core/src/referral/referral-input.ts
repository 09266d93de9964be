import * as z from 'zod/mini';
import { PersonIdSchema, RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { boundedText, optionalOf } from '../shared/text.js';
import { AttendanceStatusSchema } from './enrolment.js';
import { ReferralReasonSchema } from './referral.js';
import { ReferralOutcomeSchema } from './referral-outcome.js';
import {
  ReferralDeclinerSchema,
  ReferralNotCompletedCauseSchema,
  ReferralPathSchema,
} from './referral-status.js';

const reason = /* @__PURE__ */ lazySchema(() => boundedText(2000));
const optionalReason = { reason: optionalOf(reason) };

/**
 * A request to move a referral on (what a UI or API sends). `reason` is required for
 * `decline`, `mark-not-completed`, `pause` and `enter-in-error`. A `decline` may say who
 * declined (`declinedBy`); left out, it is whoever acts (the person, their carer, the service).
 */
export const ReferralCommandSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('make'), ...optionalReason }),
    z.object({ type: z.literal('record-contact'), ...optionalReason }),
    z.object({ type: z.literal('accept'), ...optionalReason }),
    z.object({
      type: z.literal('decline'),
      reason,
      declinedBy: optionalOf(ReferralDeclinerSchema),
    }),
    z.object({ type: z.literal('start-attending'), ...optionalReason }),
    z.object({
      type: z.literal('complete'),
      ...optionalReason,
      /** What the support achieved (needs, concerns, support given, measures, summary). */
      outcome: optionalOf(ReferralOutcomeSchema),
    }),
    z.object({
      type: z.literal('mark-not-completed'),
      reason,
      cause: ReferralNotCompletedCauseSchema,
    }),
    z.object({ type: z.literal('pause'), reason }),
    z.object({ type: z.literal('resume'), ...optionalReason }),
    z.object({ type: z.literal('enter-in-error'), reason }),
  ]),
);
/** A request to move a referral on. */
export type ReferralCommand = z.infer<typeof ReferralCommandSchema>;

/** What a new referral needs; the referrer is whoever creates it. `make: true` sends it at once. */
export const NewReferralSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    tenantId: TenantIdSchema,
    personId: PersonIdSchema,
    serviceId: RecordIdSchema,
    route: ReferralPathSchema,
    reason: ReferralReasonSchema,
    /** The care and support plan (or goal) the referral serves. */
    basedOn: optionalOf(RecordIdSchema),
    make: z.optional(z.boolean()),
  }),
);
/** What a new referral needs. */
export type NewReferral = z.infer<typeof NewReferralSchema>;

/** A request for a place on a programme, optionally linked to the referral that led there. */
export const EnrolmentRequestSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    personId: PersonIdSchema,
    referralId: optionalOf(RecordIdSchema),
  }),
);
/** A request for a place on a programme. */
export type EnrolmentRequest = z.infer<typeof EnrolmentRequestSchema>;

/** Attendance to record for one session; `correction: true` replaces an earlier record. */
export const AttendanceRecordSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    sessionId: RecordIdSchema,
    status: AttendanceStatusSchema,
    correction: z.optional(z.boolean()),
  }),
);
/** Attendance to record for one session. */
export type AttendanceRecord = z.infer<typeof AttendanceRecordSchema>;

/**
 * A command on one enrolment (what a UI or API sends): `withdraw` (with an optional reason),
 * `record-attendance` for a session, `complete` or `mark-not-completed` after the last session
 * (by the programme's completion rule), or `promote` from the waiting list into a free place.
 */
export const EnrolmentCommandSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('withdraw'), ...optionalReason }),
    z.extend(AttendanceRecordSchema, { type: z.literal('record-attendance') }),
    z.object({ type: z.literal('complete') }),
    z.object({ type: z.literal('mark-not-completed') }),
    z.object({ type: z.literal('promote') }),
  ]),
);
/** A command on one enrolment. */
export type EnrolmentCommand = z.infer<typeof EnrolmentCommandSchema>;
