import * as z from 'zod/mini';
import { lazySchema } from '../shared/lazy-schema.js';
import { boundedText, optionalBoundedText } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import { InstrumentIdSchema, InstrumentLabelSchema } from './instrument-parts.js';

const hasAtMostOneDecimal = (value: number): boolean =>
  Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;

/** An activation score as a licensed scorer returns it: 0–100 with at most one decimal. */
export const ActivationScoreSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .number()
    .check(
      z.gte(0),
      z.lte(100),
      z.refine(hasAtMostOneDecimal, { message: 'an activation score has at most one decimal' }),
    ),
);
/** An activation score (0–100, one decimal). */
export type ActivationScore = z.infer<typeof ActivationScoreSchema>;

/** An activation level, 1 (least) to 4 (most), as returned by the licensed scorer. */
export const ActivationLevelSchema = /* @__PURE__ */ lazySchema(() =>
  z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
);
/** An activation level, 1 to 4. */
export type ActivationLevel = z.infer<typeof ActivationLevelSchema>;

/** Which instrument (and form version) a result belongs to. */
export const InstrumentRefSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: InstrumentIdSchema,
    version: boundedText(40),
  }),
);
/** Which instrument (and form version) a result belongs to. */
export type InstrumentRef = z.infer<typeof InstrumentRefSchema>;

/** The licensed scoring service (or software) that produced a result. */
export const ScorerRefSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: InstrumentIdSchema,
    name: InstrumentLabelSchema,
    version: optionalBoundedText(40),
  }),
);
/** The licensed scoring service that produced a result. */
export type ScorerRef = z.infer<typeof ScorerRefSchema>;

const licensedCommon = {
  instrument: InstrumentRefSchema,
  scorer: ScorerRefSchema,
  /** The licence under which the result was produced (e.g. a licence or contract number). */
  licenceReference: boundedText(200),
  scoredAt: IsoInstantSchema,
};

/**
 * A result returned by a licensed external scorer, stored exactly as returned. `activation`
 * results (PAM-13, PAM-10) carry the 0–100 score and the scorer's level 1–4; `scale` results
 * (e.g. SWEMWBS metric score, CS-PAM) carry a score only. Never derived by livewell.
 */
export const LicensedResultSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('activation'),
      ...licensedCommon,
      score: ActivationScoreSchema,
      level: ActivationLevelSchema,
    }),
    z.object({
      kind: z.literal('scale'),
      ...licensedCommon,
      score: z.number().check(z.gte(-100_000), z.lte(100_000)),
    }),
  ]),
);
/** A result returned by a licensed external scorer. */
export type LicensedResult = z.infer<typeof LicensedResultSchema>;
