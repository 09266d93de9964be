import * as z from 'zod/mini';
import { ActorSchema } from '../shared/actor.js';
import { RecordIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { boundedText } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';
import { carePlanLimits } from './limits.js';

/** A "what matters to me" statement; `inOwnWords` marks the person's own words (not a summary). */
export const WhatMattersToMeSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: RecordIdSchema,
    text: boundedText(carePlanLimits.longText),
    /** True when the text is the person's own words rather than a practitioner's summary. */
    inOwnWords: z.boolean(),
    recordedAt: IsoInstantSchema,
    recordedBy: ActorSchema,
  }),
);
/** A "what matters to me" statement. */
export type WhatMattersToMe = z.infer<typeof WhatMattersToMeSchema>;
