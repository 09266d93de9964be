import * as z from 'zod/mini';
import { ActorSchema } from '../shared/actor.js';
import { RecordIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { boundedText, optionalBoundedText, optionalOf } from '../shared/text.js';
import { IsoDateSchema, IsoInstantSchema } from '../shared/time-values.js';
import { GoalMeasureSchema } from './goal-measure.js';
import { carePlanLimits } from './limits.js';

/** The biopsychosocial domain a goal belongs to. */
export const GoalDomainSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['biological', 'psychological', 'social']),
);
/** The biopsychosocial domain a goal belongs to. */
export type GoalDomain = z.infer<typeof GoalDomainSchema>;

/** Whose goal it is: the person's own, shared with the team, or the care team's. */
export const GoalOwnerSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['person', 'shared', 'care-team']),
);
/** Whose goal it is. */
export type GoalOwner = z.infer<typeof GoalOwnerSchema>;

/**
 * A goal's lifecycle (maps to FHIR `Goal.lifecycleStatus`): proposed → agreed, paused, done,
 * dropped, declined, or entered in error.
 */
export const GoalStatusSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['proposed', 'agreed', 'paused', 'done', 'dropped', 'declined', 'entered-in-error']),
);
/** A goal's lifecycle status. */
export type GoalStatus = z.infer<typeof GoalStatusSchema>;

/** Progress towards a goal; the codes of FHIR `goal-achievement`. */
export const GoalAchievementSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum([
    'in-progress',
    'improving',
    'worsening',
    'no-change',
    'achieved',
    'sustaining',
    'not-achieved',
    'no-progress',
    'not-attainable',
  ]),
);
/** Progress towards a goal. */
export type GoalAchievement = z.infer<typeof GoalAchievementSchema>;

/** A goal, in the person's own words. */
export const GoalSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: RecordIdSchema,
    /** The goal in the person's own words. */
    description: boundedText(carePlanLimits.longText),
    domain: GoalDomainSchema,
    owner: GoalOwnerSchema,
    status: GoalStatusSchema,
    achievement: optionalOf(GoalAchievementSchema),
    statusReason: optionalBoundedText(carePlanLimits.text),
    targetDate: optionalOf(IsoDateSchema),
    /** The measure that makes the goal SMART (absent for goals in words only). */
    measure: optionalOf(GoalMeasureSchema),
    setAt: IsoInstantSchema,
    setBy: ActorSchema,
  }),
);
/** A goal, in the person's own words. */
export type Goal = z.infer<typeof GoalSchema>;
