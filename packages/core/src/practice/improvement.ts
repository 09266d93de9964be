import * as z from 'zod/mini';
import { ActorSchema } from '../shared/actor.js';
import {
  PersonIdSchema,
  PractitionerIdSchema,
  RecordIdSchema,
  TenantIdSchema,
} from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { boundedText, optionalBoundedText } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';

/** Where an improvement stands: `idea` → `trial` → `in-routine-use`, or `dropped` from any. */
export const ImprovementStatusSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['idea', 'trial', 'in-routine-use', 'dropped']),
);
/** Where an improvement stands. */
export type ImprovementStatus = z.infer<typeof ImprovementStatusSchema>;

/** Every improvement status, in lifecycle order. */
export const improvementStatuses = ImprovementStatusSchema.options;

/**
 * Where the idea came from: feedback from a skills programme's participants (linked to that
 * programme), patient feedback, a staff suggestion, an audit, or elsewhere.
 */
export const ImprovementOriginSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('programme-feedback'),
      programmeId: RecordIdSchema,
      note: optionalBoundedText(2000),
    }),
    z.object({
      kind: z.enum(['patient-feedback', 'staff-suggestion', 'audit', 'other']),
      note: optionalBoundedText(2000),
    }),
  ]),
);
/** Where an improvement's idea came from. */
export type ImprovementOrigin = z.infer<typeof ImprovementOriginSchema>;

/**
 * Someone who co-designed the change: a member of staff, or a patient — by link only (their
 * `personId`), never their details.
 */
export const CoDesignerSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('staff'), practitionerId: PractitionerIdSchema }),
    z.object({ kind: z.literal('patient'), personId: PersonIdSchema }),
  ]),
);
/** Someone who co-designed a change. */
export type CoDesigner = z.infer<typeof CoDesignerSchema>;

/** One thing measured about a change: what, the value, its unit, and when. */
export const ImprovementMeasureSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    name: boundedText(200),
    value: z.number().check(z.gte(-1_000_000_000), z.lte(1_000_000_000)),
    unit: optionalBoundedText(40),
    recordedAt: IsoInstantSchema,
    note: optionalBoundedText(2000),
  }),
);
/** One thing measured about a change. */
export type ImprovementMeasure = z.infer<typeof ImprovementMeasureSchema>;

/** One entry of an improvement's status history. */
export const ImprovementStatusChangeSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    status: ImprovementStatusSchema,
    at: IsoInstantSchema,
    actor: ActorSchema,
    reason: optionalBoundedText(2000),
  }),
);
/** One entry of an improvement's status history. */
export type ImprovementStatusChange = z.infer<typeof ImprovementStatusChangeSchema>;

/**
 * A practice's small change to its systems and processes (e.g. a co-designed agenda-setting
 * leaflet mailed with appointment letters): the problem, where the idea came from, who
 * co-designed it, its status and what was measured. A practice record, not a patient's.
 */
export const ImprovementSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    schemaVersion: schemaVersion(1),
    id: RecordIdSchema,
    tenantId: TenantIdSchema,
    /** The practice (organisation) making the change. */
    practiceId: RecordIdSchema,
    title: boundedText(200),
    problem: boundedText(4000),
    origin: ImprovementOriginSchema,
    coDesigners: z.array(CoDesignerSchema).check(z.maxLength(100)),
    status: ImprovementStatusSchema,
    measures: z.array(ImprovementMeasureSchema).check(z.maxLength(500)),
    history: z.array(ImprovementStatusChangeSchema).check(z.minLength(1), z.maxLength(500)),
    createdAt: IsoInstantSchema,
    updatedAt: IsoInstantSchema,
  }),
);
/** A practice's small change to its systems and processes. */
export type Improvement = z.infer<typeof ImprovementSchema>;
