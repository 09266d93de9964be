import { z } from 'zod';
import { IsoInstantSchema } from '../shared/time-values.js';

/** Someone to call if things get worse. */
export const ContingencyContactSchema = z.object({
  name: z.string().min(1).max(200),
  role: z.string().min(1).max(200).optional(),
  phone: z.string().min(1).max(40).optional(),
});
/** Someone to call if things get worse. */
export type ContingencyContact = z.infer<typeof ContingencyContactSchema>;

/** What to do if things get worse, and whom to call. */
export const ContingencyPlanSchema = z.object({
  warningSigns: z.array(z.string().min(1).max(500)).max(20),
  whatToDo: z.array(z.string().min(1).max(500)).min(1).max(20),
  whomToCall: z.array(ContingencyContactSchema).max(10),
  recordedAt: IsoInstantSchema,
});
/** What to do if things get worse, and whom to call. */
export type ContingencyPlan = z.infer<typeof ContingencyPlanSchema>;
