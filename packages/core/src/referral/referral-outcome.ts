import * as z from 'zod/mini';
import { InstrumentIdSchema, ItemIdSchema } from '../activation/instrument-parts.js';
import { CodingSchema } from '../shared/coding.js';
import { RecordIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { optionalOf } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';

const entry = /* @__PURE__ */ lazySchema(() =>
  z.string().check(z.minLength(1), z.maxLength(500), z.regex(/\S/, 'must not be blank')),
);

/** One reading of an outcome measure: the score, when, and the assessment it came from. */
export const OutcomeReadingSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    value: z.number().check(z.gte(-100_000), z.lte(100_000)),
    at: IsoInstantSchema,
    assessmentId: optionalOf(RecordIdSchema),
  }),
);
/** One reading of an outcome measure. */
export type OutcomeReading = z.infer<typeof OutcomeReadingSchema>;

/**
 * An outcome measure taken at the start and at the end of the support (ONS4 life satisfaction,
 * say): which instrument, which score (`total` or a subscale id), which way is better, and
 * the two readings.
 */
export const OutcomeMeasureSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    instrumentId: InstrumentIdSchema,
    /** `total`, or the id of a subscale (`anxiety` for the ONS4 anxiety measure). */
    score: ItemIdSchema,
    higherIs: z.enum(['better', 'worse']),
    start: OutcomeReadingSchema,
    end: OutcomeReadingSchema,
  }),
);
/** An outcome measure at start and end. */
export type OutcomeMeasure = z.infer<typeof OutcomeMeasureSchema>;

/**
 * What a completed referral achieved, as social prescribing records it (the PRSB standard's
 * minimum dataset): the needs and concerns addressed, the support given, outcome measures at
 * start and end, and a summary in words for the message back to the referrer and the GP.
 */
export const ReferralOutcomeSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    needsAddressed: z.array(CodingSchema).check(z.maxLength(20)),
    concernsAddressed: z.array(entry).check(z.maxLength(20)),
    supportGiven: z.array(entry).check(z.minLength(1), z.maxLength(20)),
    measures: z.array(OutcomeMeasureSchema).check(z.maxLength(20)),
    summary: z
      .string()
      .check(z.minLength(1), z.maxLength(2000), z.regex(/\S/, 'must not be blank')),
  }),
);
/** What a completed referral achieved. */
export type ReferralOutcome = z.infer<typeof ReferralOutcomeSchema>;
