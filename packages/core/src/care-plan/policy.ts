import * as z from 'zod/mini';
import { lazySchema } from '../shared/lazy-schema.js';
import { boundedText } from '../shared/text.js';
import { LocalTimeSchema } from '../shared/time-values.js';
import { carePlanLimits } from './limits.js';

// The defaults, written once: the schema below fills absent fields from them, and
// `defaultCarePlanPolicy` is made from them without parsing at import (cold start, issue 18).
const defaults = {
  resultsLeadTimeDays: 7,
  resultsTurnaroundWorkingDays: 3,
  reminderWorkingDays: 2,
  arrivalCheckMinutesBefore: 10,
  informationGatheringTime: '09:00',
  letterTime: '09:00',
  reviewIntervalMonths: 12,
} as const;

/**
 * A tenant's care-planning settings. Every field has a default, so `parseCarePlanPolicy({})`
 * gives the defaults.
 */
export const CarePlanPolicySchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    /** Calendar days results and the agenda-setting prompt must reach the person before the conversation. */
    resultsLeadTimeDays: z._default(
      z.number().check(z.int(), z.gte(1), z.lte(60)),
      defaults.resultsLeadTimeDays,
    ),
    /** Working days the practice needs between the tests and sending the results. */
    resultsTurnaroundWorkingDays: z._default(
      z.number().check(z.int(), z.gte(0), z.lte(20)),
      defaults.resultsTurnaroundWorkingDays,
    ),
    /** Working days before the conversation that the reminder goes out. */
    reminderWorkingDays: z._default(
      z.number().check(z.int(), z.gte(1), z.lte(10)),
      defaults.reminderWorkingDays,
    ),
    /** Minutes before the conversation that reception checks arrival and the agenda sheet. */
    arrivalCheckMinutesBefore: z._default(
      z.number().check(z.int(), z.gte(0), z.lte(120)),
      defaults.arrivalCheckMinutesBefore,
    ),
    /** Local time of day for the information-gathering appointment. */
    informationGatheringTime: z._default(LocalTimeSchema, defaults.informationGatheringTime),
    /** Local time of day letters and reminders are sent. */
    letterTime: z._default(LocalTimeSchema, defaults.letterTime),
    /** Months from agreement to the planned review. */
    reviewIntervalMonths: z._default(
      z.number().check(z.int(), z.gte(1), z.lte(36)),
      defaults.reviewIntervalMonths,
    ),
    /**
     * The system integrations (by `Actor.name`: a recall job, a booking system) the practice
     * trusts to act on plans where the lifecycle lets a system act. Default: none — a system actor
     * is refused until the practice names it here.
     */
    systemActors: z._default(
      z.readonly(z.array(boundedText(200)).check(z.maxLength(carePlanLimits.systemActors))),
      [],
    ),
  }),
);
/** A tenant's care-planning settings. */
export type CarePlanPolicy = z.infer<typeof CarePlanPolicySchema>;

/** The defaults: results 7 days ahead, 3 working days turnaround, annual review, no trusted systems. */
export const defaultCarePlanPolicy: CarePlanPolicy = Object.freeze({
  ...defaults,
  systemActors: Object.freeze([]),
});
