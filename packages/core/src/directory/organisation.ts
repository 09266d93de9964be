import * as z from 'zod/mini';
import { RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { schemaVersion } from '../shared/schema-version.js';
import { IsoDateSchema } from '../shared/time-values.js';

/** An organisation that runs services: a charity, a practice, a community group (HSDS `organization`). */
export const OrganisationSchema = z.object({
  schemaVersion: schemaVersion(1),
  id: RecordIdSchema,
  tenantId: TenantIdSchema,
  name: z.string().check(z.minLength(1), z.maxLength(300)),
  description: z.optional(z.string().check(z.maxLength(5000))),
  website: z.optional(z.url().check(z.maxLength(2000))),
  email: z.optional(z.email().check(z.maxLength(320))),
  /** The date someone last confirmed these details. */
  lastVerified: z.optional(IsoDateSchema),
});
/** An organisation that runs services. */
export type Organisation = z.infer<typeof OrganisationSchema>;
