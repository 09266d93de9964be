import * as z from 'zod';
import { RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { schemaVersion } from '../shared/schema-version.js';
import { IsoDateSchema } from '../shared/time-values.js';

/** An organisation that runs services: a charity, a practice, a community group (HSDS `organization`). */
export const OrganisationSchema = z.object({
  schemaVersion: schemaVersion(1),
  id: RecordIdSchema,
  tenantId: TenantIdSchema,
  name: z.string().min(1).max(300),
  description: z.string().max(5000).optional(),
  website: z.url().max(2000).optional(),
  email: z.email().max(320).optional(),
  /** The date someone last confirmed these details. */
  lastVerified: IsoDateSchema.optional(),
});
/** An organisation that runs services. */
export type Organisation = z.infer<typeof OrganisationSchema>;
