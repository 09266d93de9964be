import * as z from 'zod/mini';
import { ActorSchema } from '../shared/actor.js';
import { CodingSchema } from '../shared/coding.js';
import { PersonIdSchema, RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { optionalBoundedText, optionalOf } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import { ReferralOutcomeSchema } from './referral-outcome.js';
import {
  ReferralDeclinerSchema,
  ReferralNotCompletedCauseSchema,
  ReferralPathSchema,
  ReferralStatusSchema,
  ResumableReferralStatusSchema,
} from './referral-status.js';

/** Why the person is referred: coded needs (taxonomy terms, SNOMED CT) and free text. */
export const ReferralReasonSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    needs: z.array(CodingSchema).check(z.maxLength(20)),
    text: optionalBoundedText(2000),
  }),
);
/** Why the person is referred. */
export type ReferralReason = z.infer<typeof ReferralReasonSchema>;

/** One entry in a referral's status history: the status entered, when, by whom and why. */
export const ReferralStatusChangeSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    status: ReferralStatusSchema,
    at: IsoInstantSchema,
    actor: ActorSchema,
    reason: optionalBoundedText(2000),
    /** Only on `not-completed`: why it closed. */
    cause: optionalOf(ReferralNotCompletedCauseSchema),
    /** Only on `declined`: who declined (absent on declines recorded before it was kept). */
    declinedBy: optionalOf(ReferralDeclinerSchema),
  }),
);
/** One entry in a referral's status history. */
export type ReferralStatusChange = z.infer<typeof ReferralStatusChangeSchema>;

/**
 * A referral (or signposting) of a person to a service in the directory, tracked through its
 * lifecycle. The status history is append-only and starts with `draft`; `codes` holds the
 * SNOMED CT codes recorded on acceptance or decline.
 */
export const ReferralSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    schemaVersion: schemaVersion(1),
    id: RecordIdSchema,
    tenantId: TenantIdSchema,
    personId: PersonIdSchema,
    /** The directory service referred to. */
    serviceId: RecordIdSchema,
    /** Who made the referral: a practitioner, a system, or the person for a self-referral. */
    referrer: ActorSchema,
    route: ReferralPathSchema,
    reason: ReferralReasonSchema,
    /** The care and support plan (or goal) this referral serves, if any. */
    basedOn: optionalOf(RecordIdSchema),
    status: ReferralStatusSchema,
    /** While `paused`: the status that `resume` returns to. */
    pausedFrom: optionalOf(ResumableReferralStatusSchema),
    history: z.array(ReferralStatusChangeSchema).check(z.minLength(1), z.maxLength(500)),
    /**
     * Codes recorded for the GP record: acceptance 871731000000106; decline 871711000000103 only
     * when the person declined.
     */
    codes: z.array(CodingSchema).check(z.maxLength(10)),
    /** What the support achieved, recorded on completion. */
    outcome: optionalOf(ReferralOutcomeSchema),
    createdAt: IsoInstantSchema,
    updatedAt: IsoInstantSchema,
  }),
);
/** A referral of a person to a service, tracked through its lifecycle. */
export type Referral = z.infer<typeof ReferralSchema>;
