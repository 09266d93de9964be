import * as z from 'zod/mini';
import { InstrumentIdSchema, ItemIdSchema } from '../activation/instrument-parts.js';
import { CodingSchema } from '../shared/coding.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { optionalOf } from '../shared/text.js';
import { GoalDomainSchema, GoalOwnerSchema } from './goal.js';
import { MeasuredValueSchema } from './goal-measure.js';
import { carePlanLimits, sharedEnteredText } from './limits.js';

/**
 * A usual goal's measure in a template: what, unit and target; the baseline is the person's
 * own, given when the template is applied (under `key`, say `hba1c`).
 */
export const TemplateMeasureSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    key: ItemIdSchema,
    what: sharedEnteredText(carePlanLimits.shortText),
    unit: sharedEnteredText(carePlanLimits.contactName),
    target: MeasuredValueSchema,
    instrumentId: optionalOf(InstrumentIdSchema),
  }),
);
/** A usual goal's measure in a template (baseline supplied per person). */
export type TemplateMeasure = z.infer<typeof TemplateMeasureSchema>;

/** A goal a pathway usually proposes, in words the person can make their own. */
export const TemplateGoalSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    description: sharedEnteredText(carePlanLimits.longText),
    domain: GoalDomainSchema,
    owner: GoalOwnerSchema,
    measure: optionalOf(TemplateMeasureSchema),
  }),
);
/** A goal a pathway usually proposes. */
export type TemplateGoal = z.infer<typeof TemplateGoalSchema>;

/**
 * A plan template for a condition or pathway (what FHIR calls a `PlanDefinition`): the
 * information-gathering results to collect, the usual goals and their measures, the review
 * interval and the preparation lead time. Applying it to a person produces ordinary commands.
 */
export const PlanTemplateSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: ItemIdSchema,
    title: sharedEnteredText(carePlanLimits.contactName),
    /** The condition the pathway is for (SNOMED CT), when it is for one. */
    condition: optionalOf(CodingSchema),
    /** The results gathered before the conversation (HbA1c, blood pressure, spirometry…). */
    informationGathering: z
      .array(sharedEnteredText(carePlanLimits.shortText))
      .check(z.minLength(1), z.maxLength(40)),
    usualGoals: z.array(TemplateGoalSchema).check(z.maxLength(carePlanLimits.listEntries)),
    reviewIntervalMonths: z.int().check(z.gte(1), z.lte(60)),
    /** Days before the conversation the results and agenda prompts go out. */
    preparationLeadTimeDays: z.int().check(z.gte(0), z.lte(60)),
  }),
);
/** A plan template for a condition or pathway. */
export type PlanTemplate = z.infer<typeof PlanTemplateSchema>;
