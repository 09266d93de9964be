import * as z from 'zod/mini';
import { RecordIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { boundedText } from '../shared/text.js';

/**
 * A system integration named in the practice policy (say, a community-services hub), with the
 * organisations it acts for. A `system` actor whose name is not in the policy is not trusted.
 */
export const TrustedSystemSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    name: boundedText(200),
    organisationIds: z.array(RecordIdSchema).check(z.maxLength(100)),
  }),
);
/** A system integration named in the practice policy. */
export type TrustedSystem = z.infer<typeof TrustedSystemSchema>;
