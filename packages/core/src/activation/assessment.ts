import { z } from 'zod';
import { ActorSchema } from '../shared/actor.js';
import { PersonIdSchema, RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { schemaVersion } from '../shared/schema-version.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import { InstrumentLabelSchema, ItemIdSchema, RaisedFlagSchema } from './instrument-parts.js';
import { ActivationLevelSchema, InstrumentRefSchema, ScorerRefSchema } from './licensed-result.js';

/** One answer: the item and its coded value, or `null` when the item was left unanswered. */
export const ItemResponseSchema = z.object({
  itemId: ItemIdSchema,
  value: z.int().min(-1000).max(1000).nullable(),
});
/** One answer to one item (`null` = unanswered). */
export type ItemResponse = z.infer<typeof ItemResponseSchema>;

/** The scores of an assessment: the total and each subscale (`null` when not scorable). */
export const AssessmentScoresSchema = z.object({
  total: z.number().min(-100_000).max(100_000),
  subscales: z.array(
    z.object({ id: ItemIdSchema, score: z.number().min(-100_000).max(100_000).nullable() }),
  ),
});
/** The scores of an assessment. */
export type AssessmentScores = z.infer<typeof AssessmentScoresSchema>;

/**
 * Where the scores came from: livewell's own engine, a licensed external scorer (stored
 * exactly as returned, with the licence reference), or another system the record was
 * imported from.
 */
export const AssessmentProvenanceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('engine'),
    engine: InstrumentLabelSchema,
    instrumentVersion: z.string().min(1).max(40),
  }),
  z.object({
    kind: z.literal('licensed-scorer'),
    scorer: ScorerRefSchema,
    licenceReference: z.string().min(1).max(200),
    instrumentVersion: z.string().min(1).max(40),
    scoredAt: IsoInstantSchema,
  }),
  z.object({
    kind: z.literal('imported'),
    system: InstrumentLabelSchema,
    instrumentVersion: z.string().min(1).max(40),
  }),
]);
/** Where an assessment's scores came from. */
export type AssessmentProvenance = z.infer<typeof AssessmentProvenanceSchema>;

/** How the questionnaire was completed. */
export const AdministrationModeSchema = z.enum(['self-completed', 'assisted', 'interview']);
/** How the questionnaire was completed. */
export type AdministrationMode = z.infer<typeof AdministrationModeSchema>;

/**
 * A completed, scored questionnaire for one person: responses, scores, band or activation
 * level, raised flags and provenance. Licensed results (PAM) usually carry no responses.
 */
export const AssessmentSchema = z.object({
  schemaVersion: schemaVersion(1),
  id: RecordIdSchema,
  tenantId: TenantIdSchema,
  personId: PersonIdSchema,
  instrument: InstrumentRefSchema,
  completedAt: IsoInstantSchema,
  responses: z.array(ItemResponseSchema).max(200),
  scores: AssessmentScoresSchema,
  band: z.object({ code: ItemIdSchema, label: InstrumentLabelSchema }).optional(),
  /** Activation level 1–4, only as supplied by a licensed scorer (never derived). */
  level: ActivationLevelSchema.optional(),
  flags: z.array(RaisedFlagSchema).max(50),
  provenance: AssessmentProvenanceSchema,
  mode: AdministrationModeSchema.optional(),
  recordedBy: ActorSchema.optional(),
});
/** A completed, scored questionnaire for one person. */
export type Assessment = z.infer<typeof AssessmentSchema>;
