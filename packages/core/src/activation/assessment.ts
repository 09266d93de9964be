import * as z from 'zod/mini';
import { ActorSchema } from '../shared/actor.js';
import { PersonIdSchema, RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { boundedText, optionalOf } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import { InstrumentLabelSchema, ItemIdSchema, RaisedFlagSchema } from './instrument-parts.js';
import { ActivationLevelSchema, InstrumentRefSchema, ScorerRefSchema } from './licensed-result.js';

/** One answer: the item and its coded value, or `null` when the item was left unanswered. */
export const ItemResponseSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    itemId: ItemIdSchema,
    value: z.nullable(z.int().check(z.gte(-1000), z.lte(1000))),
  }),
);
/** One answer to one item (`null` = unanswered). */
export type ItemResponse = z.infer<typeof ItemResponseSchema>;

/** The scores of an assessment: the total and each subscale (`null` when not scorable). */
export const AssessmentScoresSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    total: z.number().check(z.gte(-100_000), z.lte(100_000)),
    subscales: z.array(
      z.object({
        id: ItemIdSchema,
        score: z.nullable(z.number().check(z.gte(-100_000), z.lte(100_000))),
      }),
    ),
  }),
);
/** The scores of an assessment. */
export type AssessmentScores = z.infer<typeof AssessmentScoresSchema>;

/**
 * Where the scores came from: livewell's own engine, a licensed external scorer (stored
 * exactly as returned, with the licence reference), or another system the record was
 * imported from.
 */
export const AssessmentProvenanceSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('engine'),
      engine: InstrumentLabelSchema,
      instrumentVersion: boundedText(40),
    }),
    z.object({
      kind: z.literal('licensed-scorer'),
      scorer: ScorerRefSchema,
      licenceReference: boundedText(200),
      instrumentVersion: boundedText(40),
      scoredAt: IsoInstantSchema,
    }),
    z.object({
      kind: z.literal('imported'),
      system: InstrumentLabelSchema,
      instrumentVersion: boundedText(40),
    }),
  ]),
);
/** Where an assessment's scores came from. */
export type AssessmentProvenance = z.infer<typeof AssessmentProvenanceSchema>;

/** How the questionnaire was completed. */
export const AdministrationModeSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['self-completed', 'assisted', 'interview']),
);
/** How the questionnaire was completed. */
export type AdministrationMode = z.infer<typeof AdministrationModeSchema>;

/**
 * Why a response set could not be scored, as the engine reports it: `invalid-definition`,
 * `wrong-instrument`, `malformed-responses`, `unknown-item`, `duplicate-item`,
 * `not-an-integer`, `out-of-range` or `too-many-missing`.
 */
export const UnscorableCodeSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum([
    'invalid-definition',
    'wrong-instrument',
    'malformed-responses',
    'unknown-item',
    'duplicate-item',
    'not-an-integer',
    'out-of-range',
    'too-many-missing',
  ]),
);
/** Why a response set could not be scored. */
export type UnscorableCode = z.infer<typeof UnscorableCodeSchema>;

/** Why a stored assessment has no score: the engine's code and message, and how many items were answered. */
export const UnscoredReasonSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    code: UnscorableCodeSchema,
    message: boundedText(1000),
    /** Scored items with a valid answer. */
    answered: z.int().check(z.gte(0), z.lte(200)),
  }),
);
/** Why a stored assessment has no score. */
export type UnscoredReason = z.infer<typeof UnscoredReasonSchema>;

const assessmentCommon = {
  schemaVersion: schemaVersion(1),
  id: RecordIdSchema,
  tenantId: TenantIdSchema,
  personId: PersonIdSchema,
  instrument: InstrumentRefSchema,
  completedAt: IsoInstantSchema,
  responses: z.array(ItemResponseSchema).check(z.maxLength(200)),
  /** Raised flags; an urgent flag must reach a clinician whether or not a score exists. */
  flags: z.array(RaisedFlagSchema).check(z.maxLength(50)),
  /**
   * Scored items with no valid answer (absent from older records: read as unknown). A skipped
   * safety item (PHQ-9 item 9) is listed here and also raises its own flag.
   */
  missingItems: z.optional(z.array(ItemIdSchema).check(z.maxLength(200))),
  provenance: AssessmentProvenanceSchema,
  mode: optionalOf(AdministrationModeSchema),
  recordedBy: optionalOf(ActorSchema),
};

/**
 * A scored questionnaire: responses, scores, band or activation level, raised flags and
 * provenance. Licensed results (PAM) usually carry no responses. `status` is `scored` or absent
 * (records written before unscorable assessments existed have no `status`).
 */
export const ScoredAssessmentSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    ...assessmentCommon,
    status: z.optional(z.literal('scored')),
    scores: AssessmentScoresSchema,
    band: z.optional(z.object({ code: ItemIdSchema, label: InstrumentLabelSchema })),
    /** Activation level 1–4, only as supplied by a licensed scorer (never derived). */
    level: optionalOf(ActivationLevelSchema),
  }),
);
/** A scored questionnaire. */
export type ScoredAssessment = z.infer<typeof ScoredAssessmentSchema>;

/**
 * A questionnaire that could not be scored, stored so that its flags (a positive PHQ-9 item 9
 * on an incomplete form) and its missing items are never lost. It has no scores, band or level.
 */
export const UnscorableAssessmentSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    ...assessmentCommon,
    status: z.literal('unscorable'),
    unscored: UnscoredReasonSchema,
  }),
);
/** A questionnaire stored without a score, with its flags and missing items. */
export type UnscorableAssessment = z.infer<typeof UnscorableAssessmentSchema>;

/**
 * A completed questionnaire for one person: scored ({@link ScoredAssessment}) or stored without a
 * score because it could not be scored ({@link UnscorableAssessment}). Narrow with
 * {@link isScoredAssessment} before reading `scores`.
 */
export const AssessmentSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('status', [ScoredAssessmentSchema, UnscorableAssessmentSchema]),
);
/** A completed questionnaire for one person, scored or stored without a score. */
export type Assessment = z.infer<typeof AssessmentSchema>;

/** Whether an assessment carries scores (every assessment except an unscorable one). */
export const isScoredAssessment = (assessment: Assessment): assessment is ScoredAssessment =>
  assessment.status !== 'unscorable';
