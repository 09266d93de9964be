import * as z from 'zod';
import { IsoInstantSchema } from '../shared/time-values.js';
import { carePlanLimits } from './limits.js';

/** Someone to call if things get worse. */
export const ContingencyContactSchema = z.object({
  name: z.string().min(1).max(carePlanLimits.contactName),
  role: z.string().min(1).max(carePlanLimits.contactName).optional(),
  phone: z.string().min(1).max(carePlanLimits.contactPhone).optional(),
});
/** Someone to call if things get worse. */
export type ContingencyContact = z.infer<typeof ContingencyContactSchema>;

/** What to do if things get worse, and whom to call. */
export const ContingencyPlanSchema = z.object({
  warningSigns: z
    .array(z.string().min(1).max(carePlanLimits.shortText))
    .max(carePlanLimits.listEntries),
  whatToDo: z
    .array(z.string().min(1).max(carePlanLimits.shortText))
    .min(1)
    .max(carePlanLimits.listEntries),
  whomToCall: z.array(ContingencyContactSchema).max(carePlanLimits.contacts),
  recordedAt: IsoInstantSchema,
});
/** What to do if things get worse, and whom to call. */
export type ContingencyPlan = z.infer<typeof ContingencyPlanSchema>;
