import * as z from 'zod/mini';
import { ActorSchema } from '../shared/actor.js';
import { CodingSchema } from '../shared/coding.js';
import { PersonIdSchema, RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { boundedText, optionalOf } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import { ReferralReasonSchema } from './referral.js';
import { ReferralOutcomeSchema } from './referral-outcome.js';
import {
  ReferralDeclinerSchema,
  ReferralNotCompletedCauseSchema,
  ReferralPathSchema,
  ResumableReferralStatusSchema,
} from './referral-status.js';

const note = /* @__PURE__ */ lazySchema(() => boundedText(2000));

/** Fields every referral event carries: which referral, when, who. */
const eventBase = {
  schemaVersion: schemaVersion(1),
  /** The event's own id. */
  id: RecordIdSchema,
  tenantId: TenantIdSchema,
  referralId: RecordIdSchema,
  at: IsoInstantSchema,
  actor: ActorSchema,
};

const transition = <T extends string>(type: T) =>
  z.object({ type: z.literal(type), ...eventBase, reason: optionalOf(note) });

/** A referral was drafted (the actor is the referrer). Carries everything needed to rebuild it. */
export const ReferralCreatedSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    type: z.literal('referral.created'),
    ...eventBase,
    personId: PersonIdSchema,
    serviceId: RecordIdSchema,
    route: ReferralPathSchema,
    reason: ReferralReasonSchema,
    basedOn: optionalOf(RecordIdSchema),
  }),
);

/** The referral was sent to the service. */
export const ReferralMadeSchema = /* @__PURE__ */ lazySchema(() => transition('referral.made'));
/** The service contacted (or tried to contact) the person. */
export const ReferralContactedSchema = /* @__PURE__ */ lazySchema(() =>
  transition('referral.contacted'),
);
/** The person accepted; `code` is SNOMED CT 871731000000106. */
export const ReferralAcceptedSchema = /* @__PURE__ */ lazySchema(() =>
  z.extend(transition('referral.accepted'), {
    code: CodingSchema,
  }),
);
/**
 * The referral was declined, by `declinedBy` (the person, a carer on their behalf, or the
 * service), for `reason`. `code` (SNOMED CT 871711000000103) is present only when the person
 * declined. Events recorded before `declinedBy` existed lack it (who declined is unknown) and
 * always carry the code.
 */
export const ReferralDeclinedSchema = /* @__PURE__ */ lazySchema(() =>
  z.extend(transition('referral.declined'), {
    reason: note,
    declinedBy: optionalOf(ReferralDeclinerSchema),
    code: optionalOf(CodingSchema),
  }),
);
/** The person started attending the service. */
export const ReferralAttendanceStartedSchema = /* @__PURE__ */ lazySchema(() =>
  transition('referral.attendance-started'),
);
/** The referral completed (goals met, exit plan done). */
export const ReferralCompletedSchema = /* @__PURE__ */ lazySchema(() =>
  z.extend(transition('referral.completed'), {
    outcome: optionalOf(ReferralOutcomeSchema),
  }),
);
/** The referral closed without completing. */
export const ReferralNotCompletedSchema = /* @__PURE__ */ lazySchema(() =>
  z.extend(transition('referral.not-completed'), {
    reason: note,
    cause: ReferralNotCompletedCauseSchema,
  }),
);
/** The referral was paused. */
export const ReferralPausedSchema = /* @__PURE__ */ lazySchema(() =>
  z.extend(transition('referral.paused'), { reason: note }),
);
/** The referral was resumed to the status it was paused from. */
export const ReferralResumedSchema = /* @__PURE__ */ lazySchema(() =>
  z.extend(transition('referral.resumed'), {
    resumedTo: ResumableReferralStatusSchema,
  }),
);
/** The referral was recorded in error. */
export const ReferralEnteredInErrorSchema = /* @__PURE__ */ lazySchema(() =>
  z.extend(transition('referral.entered-in-error'), {
    reason: note,
  }),
);

/** A fact about a referral, past tense and immutable. Replaying a referral's events rebuilds it. */
export const ReferralEventSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('type', [
    ReferralCreatedSchema,
    ReferralMadeSchema,
    ReferralContactedSchema,
    ReferralAcceptedSchema,
    ReferralDeclinedSchema,
    ReferralAttendanceStartedSchema,
    ReferralCompletedSchema,
    ReferralNotCompletedSchema,
    ReferralPausedSchema,
    ReferralResumedSchema,
    ReferralEnteredInErrorSchema,
  ]),
);
/** A fact about a referral, past tense and immutable. */
export type ReferralEvent = z.infer<typeof ReferralEventSchema>;
/** The `type` of a {@link ReferralEvent}. */
export type ReferralEventType = ReferralEvent['type'];
