import * as z from 'zod/mini';
import { ActorSchema } from '../shared/actor.js';
import { RecordIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { boundedText, optionalBoundedText, optionalOf } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import { MeasurementSchema } from './goal-measure.js';
import { carePlanLimits } from './limits.js';

/**
 * Confidence below this (on 0–10) means the action plan needs revision before agreement
 * (Brief Action Planning / Stanford self-management rule).
 */
export const LOW_CONFIDENCE_THRESHOLD = 7;

/** Confidence that the action will be carried out: 0 (not at all) to 10 (totally). */
export const ConfidenceSchema = /* @__PURE__ */ lazySchema(() =>
  z.number().check(z.int(), z.gte(0), z.lte(10)),
);

/** Kinds of support a person may need (empowerment, motivation, capability). */
export const SupportNeedSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    kind: z.enum(['empowerment', 'motivation', 'capability']),
    text: boundedText(carePlanLimits.text),
  }),
);
/** A support need attached to an action plan. */
export type SupportNeed = z.infer<typeof SupportNeedSchema>;

/** A progress check-in on an action plan between appointments. */
export const CheckInSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    at: IsoInstantSchema,
    by: ActorSchema,
    progress: z.enum(['not-started', 'some', 'most', 'all']),
    note: optionalBoundedText(carePlanLimits.longText),
    barriers: z
      .array(boundedText(carePlanLimits.shortText))
      .check(z.maxLength(carePlanLimits.listEntries)),
    /** The value measured for the goal this action plan serves (SMART goals). */
    measurement: optionalOf(MeasurementSchema),
  }),
);
/** A progress check-in on an action plan. */
export type CheckIn = z.infer<typeof CheckInSchema>;

/**
 * An action plan: what, how much, when, how often, who, and how confident the person is.
 * Details may be drafted piece by piece in the conversation; agreement needs all of them.
 */
export const ActionPlanSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: RecordIdSchema,
    goalId: optionalOf(RecordIdSchema),
    what: boundedText(carePlanLimits.text),
    howMuch: optionalBoundedText(carePlanLimits.shortText),
    when: optionalBoundedText(carePlanLimits.shortText),
    howOften: optionalBoundedText(carePlanLimits.shortText),
    /** Who carries the action out (usually the person). */
    owner: optionalOf(ActorSchema),
    confidence: optionalOf(ConfidenceSchema),
    barriers: z
      .array(boundedText(carePlanLimits.shortText))
      .check(z.maxLength(carePlanLimits.listEntries)),
    supportNeeded: z.array(SupportNeedSchema).check(z.maxLength(carePlanLimits.listEntries)),
    /** Set when confidence is below {@link LOW_CONFIDENCE_THRESHOLD}. */
    needsRevision: z.boolean(),
    /** Why a low-confidence plan is kept as it is. */
    revisionReason: optionalBoundedText(carePlanLimits.text),
    checkIns: z.array(CheckInSchema),
    draftedAt: IsoInstantSchema,
  }),
);
/** An action plan. */
export type ActionPlan = z.infer<typeof ActionPlanSchema>;

/** True when a confidence rating calls for revising the plan. */
export const isLowConfidence = (confidence: number | undefined): boolean =>
  confidence !== undefined && confidence < LOW_CONFIDENCE_THRESHOLD;
