import * as z from 'zod/mini';
import { ActorSchema } from '../shared/actor.js';
import { RecordIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { optionalBoundedText, optionalOf } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import { carePlanLimits } from './limits.js';

/** Kinds of contact between appointments. */
export const SupportContactKindSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum(['text', 'coaching-call', 'rehabilitation', 'peer-support']),
);
/** Kinds of contact between appointments. */
export type SupportContactKind = z.infer<typeof SupportContactKindSchema>;

/** A contact between appointments (a text, a coaching call, rehabilitation, peer support). */
export const SupportContactSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: RecordIdSchema,
    kind: SupportContactKindSchema,
    at: IsoInstantSchema,
    by: ActorSchema,
    actionPlanId: optionalOf(RecordIdSchema),
    note: optionalBoundedText(carePlanLimits.longText),
  }),
);
/** A contact between appointments. */
export type SupportContact = z.infer<typeof SupportContactSchema>;
