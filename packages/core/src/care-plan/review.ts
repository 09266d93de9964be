import * as z from 'zod/mini';
import { ActorSchema } from '../shared/actor.js';
import { RecordIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { optionalBoundedText, optionalOf } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import { GoalProgressSchema } from './goal-measure.js';
import { carePlanLimits } from './limits.js';

/** Review types (Care Act): planned (from the review date), unplanned, requested. */
export const ReviewKindSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['planned', 'unplanned', 'requested']),
);
/** Review types. */
export type ReviewKind = z.infer<typeof ReviewKindSchema>;

/** A review of the plan; it either continues the plan or leads to a new version. */
export const ReviewSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: RecordIdSchema,
    kind: ReviewKindSchema,
    startedAt: IsoInstantSchema,
    startedBy: ActorSchema,
    reason: optionalBoundedText(carePlanLimits.text),
    outcome: z.optional(z.enum(['continued', 'revised'])),
    endedAt: optionalOf(IsoInstantSchema),
    /** Progress of the plan's measured goals when the review started (SMART goals). */
    goalProgress: z.optional(z.array(GoalProgressSchema)),
  }),
);
/** A review of the plan. */
export type Review = z.infer<typeof ReviewSchema>;
