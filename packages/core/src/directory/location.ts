import * as z from 'zod';
import { AddressSchema } from '../shared/geo.js';
import { RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { schemaVersion } from '../shared/schema-version.js';
import { IsoDateSchema } from '../shared/time-values.js';
import { AccessibilityFeatureSchema } from './vocabulary.js';

/** A place where services are delivered: a hall, a café, a park entrance (HSDS `location`). */
export const LocationSchema = z.object({
  schemaVersion: schemaVersion(1),
  id: RecordIdSchema,
  tenantId: TenantIdSchema,
  organisationId: RecordIdSchema.optional(),
  name: z.string().min(1).max(300),
  description: z.string().max(5000).optional(),
  /** Postal address; `address.point` places it on the map for distance search. */
  address: AddressSchema,
  accessibility: z.array(AccessibilityFeatureSchema).max(20),
  /** Accessibility in the source's own words, when it is not one of the features above. */
  accessibilityNotes: z.string().min(1).max(5000).optional(),
  lastVerified: IsoDateSchema.optional(),
});
/** A place where services are delivered. */
export type Location = z.infer<typeof LocationSchema>;
