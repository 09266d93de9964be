import * as z from 'zod/mini';
import { CodingSchema } from '../shared/coding.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { boundedText, optionalBoundedText } from '../shared/text.js';
import {
  BandSchema,
  FlagRuleSchema,
  InstrumentIdSchema,
  InstrumentItemSchema,
  InstrumentLabelSchema,
  InstrumentLicenceSchema,
  ItemIdSchema,
  MissingDataRuleSchema,
  ResponseScaleSchema,
  SourceCitationSchema,
} from './instrument-parts.js';

/**
 * How item scores combine into the raw score and then the reported score:
 * `sum`, `mean` (of answered items), `weighted-sum`, `lookup` (the raw sum converted through a
 * table with one row per possible raw sum) or `linear` (slope × raw + intercept).
 */
export const ScoringRuleSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('method', [
    z.object({ method: z.literal('sum') }),
    z.object({ method: z.literal('mean') }),
    z.object({
      method: z.literal('weighted-sum'),
      weights: z
        .array(z.object({ itemId: ItemIdSchema, weight: z.number().check(z.gte(0)) }))
        .check(z.minLength(1)),
    }),
    z.object({
      method: z.literal('lookup'),
      table: z.array(z.object({ raw: z.int(), score: z.number() })).check(z.minLength(1)),
    }),
    z.object({
      method: z.literal('linear'),
      base: z.enum(['sum', 'mean']),
      slope: z.number(),
      intercept: z.number(),
    }),
  ]),
);
/** How item scores combine into the reported score. */
export type ScoringRule = z.infer<typeof ScoringRuleSchema>;

/** The closed range a score can take. */
export const ScoreRangeSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({ min: z.number(), max: z.number() }),
);
/** The closed range a score can take. */
export type ScoreRange = z.infer<typeof ScoreRangeSchema>;

/** The whole-instrument scoring: rule, rounding, declared range, direction, missing-data rule. */
export const InstrumentScoringSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    rule: ScoringRuleSchema,
    /** Decimal places the reported score is rounded to (half away from zero). */
    decimals: z.int().check(z.gte(0), z.lte(4)),
    /** The declared range of the reported score; checked against the items on definition. */
    range: ScoreRangeSchema,
    /** Whether a higher score is the better state (self-efficacy) or the worse (depression). */
    higherIs: z.enum(['better', 'worse']),
    missing: MissingDataRuleSchema,
  }),
);
/** The whole-instrument scoring. */
export type InstrumentScoring = z.infer<typeof InstrumentScoringSchema>;

/** A subscale: a sum or mean over some items, with its own missing-data rule. */
export const SubscaleSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: ItemIdSchema,
    label: InstrumentLabelSchema,
    itemIds: z.array(ItemIdSchema).check(z.minLength(1), z.maxLength(200)),
    method: z.enum(['sum', 'mean']),
    decimals: z.int().check(z.gte(0), z.lte(4)),
    missing: MissingDataRuleSchema,
  }),
);
/** A subscale of an instrument. */
export type Subscale = z.infer<typeof SubscaleSchema>;

/**
 * A questionnaire the engine can score: items and their response options, reverse-scored
 * items, subscales, the scoring rule, the missing-data rule, bands, item-level flag rules,
 * licence and sources. Build one with `defineInstrument` (in @livewell/activation), which
 * checks what this shape cannot (unique ids, contiguous bands, complete lookup tables).
 */
export const InstrumentDefinitionSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    schemaVersion: schemaVersion(1),
    id: InstrumentIdSchema,
    /** The version of this definition (and of the instrument form it encodes), e.g. `1.0.0`. */
    version: boundedText(40),
    name: InstrumentLabelSchema,
    shortName: boundedText(40),
    /** What it measures, in a sentence. */
    construct: boundedText(1000),
    recallPeriod: optionalBoundedText(200),
    scales: z.array(ResponseScaleSchema).check(z.minLength(1), z.maxLength(50)),
    items: z.array(InstrumentItemSchema).check(z.minLength(1), z.maxLength(200)),
    scoring: InstrumentScoringSchema,
    subscales: z.array(SubscaleSchema).check(z.maxLength(50)),
    bands: z.array(BandSchema).check(z.maxLength(50)),
    flags: z.array(FlagRuleSchema).check(z.maxLength(50)),
    licence: InstrumentLicenceSchema,
    sources: z.array(SourceCitationSchema).check(z.minLength(1), z.maxLength(20)),
    /** Terminology codes for the instrument (e.g. a LOINC panel), for interoperability. */
    codes: z.array(CodingSchema).check(z.maxLength(10)),
  }),
);
/** A questionnaire definition the engine can score. */
export type InstrumentDefinition = z.infer<typeof InstrumentDefinitionSchema>;
