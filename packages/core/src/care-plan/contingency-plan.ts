import * as z from 'zod/mini';
import { lazySchema } from '../shared/lazy-schema.js';
import { boundedText, optionalBoundedText } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import { carePlanLimits } from './limits.js';

/** Someone to call if things get worse. */
export const ContingencyContactSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    name: boundedText(carePlanLimits.contactName),
    role: optionalBoundedText(carePlanLimits.contactName),
    phone: optionalBoundedText(carePlanLimits.contactPhone),
  }),
);
/** Someone to call if things get worse. */
export type ContingencyContact = z.infer<typeof ContingencyContactSchema>;

/** What to do if things get worse, and whom to call. */
export const ContingencyPlanSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    warningSigns: z
      .array(boundedText(carePlanLimits.shortText))
      .check(z.maxLength(carePlanLimits.listEntries)),
    whatToDo: z
      .array(boundedText(carePlanLimits.shortText))
      .check(z.minLength(1), z.maxLength(carePlanLimits.listEntries)),
    whomToCall: z.array(ContingencyContactSchema).check(z.maxLength(carePlanLimits.contacts)),
    recordedAt: IsoInstantSchema,
  }),
);
/** What to do if things get worse, and whom to call. */
export type ContingencyPlan = z.infer<typeof ContingencyPlanSchema>;
