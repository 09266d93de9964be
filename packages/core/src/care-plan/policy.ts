import * as z from 'zod';
import { LocalTimeSchema } from '../shared/time-values.js';
import { carePlanLimits } from './limits.js';

/**
 * A tenant's care-planning settings. Every field has a default, so `parseCarePlanPolicy({})`
 * gives the defaults.
 */
export const CarePlanPolicySchema = z.object({
  /** Calendar days results and the agenda-setting prompt must reach the person before the conversation. */
  resultsLeadTimeDays: z.number().int().min(1).max(60).default(7),
  /** Working days the practice needs between the tests and sending the results. */
  resultsTurnaroundWorkingDays: z.number().int().min(0).max(20).default(3),
  /** Working days before the conversation that the reminder goes out. */
  reminderWorkingDays: z.number().int().min(1).max(10).default(2),
  /** Minutes before the conversation that reception checks arrival and the agenda sheet. */
  arrivalCheckMinutesBefore: z.number().int().min(0).max(120).default(10),
  /** Local time of day for the information-gathering appointment. */
  informationGatheringTime: LocalTimeSchema.default('09:00'),
  /** Local time of day letters and reminders are sent. */
  letterTime: LocalTimeSchema.default('09:00'),
  /** Months from agreement to the planned review. */
  reviewIntervalMonths: z.number().int().min(1).max(36).default(12),
  /**
   * The system integrations (by `Actor.name`: a recall job, a booking system) the practice
   * trusts to act on plans where the lifecycle lets a system act. Default: none — a system actor
   * is refused until the practice names it here.
   */
  systemActors: z
    .array(z.string().min(1).max(200))
    .max(carePlanLimits.systemActors)
    .readonly()
    .default([]),
});
/** A tenant's care-planning settings. */
export type CarePlanPolicy = z.infer<typeof CarePlanPolicySchema>;

/** The defaults: results 7 days ahead, 3 working days turnaround, annual review, no trusted systems. */
export const defaultCarePlanPolicy: CarePlanPolicy = Object.freeze(CarePlanPolicySchema.parse({}));
