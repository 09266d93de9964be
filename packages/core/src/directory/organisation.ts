import * as z from 'zod/mini';
import { RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { boundedText, optionalOf, textUpTo } from '../shared/text.js';
import { IsoDateSchema } from '../shared/time-values.js';

/** An organisation that runs services: a charity, a practice, a community group (HSDS `organization`). */
export const OrganisationSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    schemaVersion: schemaVersion(1),
    id: RecordIdSchema,
    tenantId: TenantIdSchema,
    name: boundedText(300),
    description: optionalOf(textUpTo(5000)),
    website: z.optional(z.url().check(z.maxLength(2000))),
    email: z.optional(z.email().check(z.maxLength(320))),
    /** The date someone last confirmed these details. */
    lastVerified: optionalOf(IsoDateSchema),
  }),
);
/** An organisation that runs services. */
export type Organisation = z.infer<typeof OrganisationSchema>;
