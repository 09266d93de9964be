import * as z from 'zod/mini';
import { CodeSystems, type Coding } from '../shared/coding.js';
import { lazySchema } from '../shared/lazy-schema.js';

/**
 * Where a referral is in its lifecycle: `draft` → `made` → `contacted` → `accepted` →
 * `attending` → `completed`, or `declined`, `not-completed`, `paused` (and resumed) or
 * `entered-in-error`.
 */
export const ReferralStatusSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum([
    'draft',
    'made',
    'contacted',
    'accepted',
    'attending',
    'paused',
    'completed',
    'declined',
    'not-completed',
    'entered-in-error',
  ]),
);
/** Where a referral is in its lifecycle. */
export type ReferralStatus = z.infer<typeof ReferralStatusSchema>;

/** Every referral status, in lifecycle order. */
export const referralStatuses: readonly ReferralStatus[] = ReferralStatusSchema.options;

/** Statuses that end a referral: they accept nothing except being marked entered in error. */
export const terminalReferralStatuses: readonly ReferralStatus[] = [
  'completed',
  'declined',
  'not-completed',
  'entered-in-error',
];

/** True when `status` ends the referral (see {@link terminalReferralStatuses}). */
export const isTerminalReferralStatus = (status: ReferralStatus): boolean =>
  terminalReferralStatuses.includes(status);

/** Statuses a referral can be paused from, and so resumed to. */
export const ResumableReferralStatusSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['made', 'contacted', 'accepted', 'attending']),
);
/** A status a referral can be paused from, and so resumed to. */
export type ResumableReferralStatus = z.infer<typeof ResumableReferralStatusSchema>;

/**
 * How the person reached the service: they referred themselves, a professional referred them
 * (the service is asked to act), or a professional signposted them (gave details; the person
 * makes contact).
 */
export const ReferralPathSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['self-referral', 'professional-referral', 'signposting']),
);
/** How the person reached the service. */
export type ReferralPath = z.infer<typeof ReferralPathSchema>;

/** Why a referral closed without completing. `withdrawn` means the referrer or person stopped it. */
export const ReferralNotCompletedCauseSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum([
    'lost-to-follow-up',
    'did-not-attend',
    'unable-to-engage',
    'withdrawn',
    'service-unavailable',
    'other',
  ]),
);
/** Why a referral closed without completing. */
export type ReferralNotCompletedCause = z.infer<typeof ReferralNotCompletedCauseSchema>;

/**
 * Who declined a referral: the `person` (their own decision, whoever recorded it), a `carer`
 * on the person's behalf, or the `service` (it could not take the person on).
 */
export const ReferralDeclinerSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['person', 'carer', 'service']),
);
/** Who declined a referral. */
export type ReferralDecliner = z.infer<typeof ReferralDeclinerSchema>;

/** SNOMED CT 871731000000106, recorded once when the person accepts a social prescribing referral. */
export const referralAcceptedCoding: Coding = {
  system: CodeSystems.snomed,
  code: '871731000000106',
  display: 'Referral to social prescribing service (procedure)',
};

/**
 * SNOMED CT 871711000000103, recorded only when the person themselves declines a social
 * prescribing referral (not when the service or a carer declines it).
 */
export const referralDeclinedCoding: Coding = {
  system: CodeSystems.snomed,
  code: '871711000000103',
  display: 'Social prescribing declined (situation)',
};
