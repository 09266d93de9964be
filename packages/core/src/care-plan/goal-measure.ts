import * as z from 'zod/mini';
import { InstrumentIdSchema } from '../activation/instrument-parts.js';
import { RecordIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { optionalOf } from '../shared/text.js';
import { IsoDateSchema, IsoInstantSchema } from '../shared/time-values.js';
import { carePlanLimits, sharedEnteredText } from './limits.js';

/** The largest magnitude a measured value may have (blood pressure, HbA1c, steps, a score). */
export const MEASURE_VALUE_LIMIT = 1_000_000_000;

/** A measured value: a finite number within ±{@link MEASURE_VALUE_LIMIT}. */
export const MeasuredValueSchema = /* @__PURE__ */ lazySchema(() =>
  z.number().check(z.gte(-MEASURE_VALUE_LIMIT), z.lte(MEASURE_VALUE_LIMIT)),
);

/**
 * What makes a goal SMART: what is measured, in which unit, where the person starts (baseline),
 * where they want to be (target) and by when. The target's side of the baseline gives the
 * direction (a target below the baseline means "lower is better", as for a PHQ-9 score). When
 * the measure is an assessment instrument's total score, `instrumentId` names the instrument.
 */
export const GoalMeasureSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      what: sharedEnteredText(carePlanLimits.shortText),
      unit: sharedEnteredText(carePlanLimits.contactName),
      baseline: MeasuredValueSchema,
      target: MeasuredValueSchema,
      byDate: optionalOf(IsoDateSchema),
      instrumentId: optionalOf(InstrumentIdSchema),
    })
    .check(
      z.refine((m) => m.baseline !== m.target, {
        message: 'the target must differ from the baseline',
        path: ['target'],
      }),
    ),
);
/** What makes a goal SMART: measure, unit, baseline, target, by when. */
export type GoalMeasure = z.infer<typeof GoalMeasureSchema>;

/** A value measured at a check-in for the goal the action plan serves (optionally from an assessment). */
export const MeasurementSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    value: MeasuredValueSchema,
    /** The assessment the value was read from, when the measure is an instrument's score. */
    assessmentId: optionalOf(RecordIdSchema),
  }),
);
/** A value measured at a check-in. */
export type Measurement = z.infer<typeof MeasurementSchema>;

/** Which way the latest measurement has moved, compared with the baseline. */
export const ProgressDirectionSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['towards', 'away', 'no-change', 'not-measured']),
);
/** Which way the latest measurement has moved. */
export type ProgressDirection = z.infer<typeof ProgressDirectionSchema>;

/**
 * A measured goal's progress: the latest value, which way it moved from the baseline, the share
 * of the way to the target covered (0 at the baseline, 100 at the target; negative when moving
 * away, above 100 when past the target), whether the target is reached and whether the by-date
 * has passed without reaching it.
 */
export const GoalProgressSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    goalId: RecordIdSchema,
    baseline: MeasuredValueSchema,
    target: MeasuredValueSchema,
    latest: z.optional(z.object({ value: MeasuredValueSchema, at: IsoInstantSchema })),
    measurements: z.int().check(z.gte(0)),
    direction: ProgressDirectionSchema,
    percentOfWay: z.optional(z.number()),
    reached: z.boolean(),
    overdue: z.boolean(),
  }),
);
/** A measured goal's progress. */
export type GoalProgress = z.infer<typeof GoalProgressSchema>;
