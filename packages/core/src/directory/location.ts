import * as z from 'zod/mini';
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
  organisationId: z.optional(RecordIdSchema),
  name: z.string().check(z.minLength(1), z.maxLength(300)),
  description: z.optional(z.string().check(z.maxLength(5000))),
  /** Postal address; `address.point` places it on the map for distance search. */
  address: AddressSchema,
  accessibility: z.array(AccessibilityFeatureSchema).check(z.maxLength(20)),
  /** Accessibility in the source's own words, when it is not one of the features above. */
  accessibilityNotes: z.optional(z.string().check(z.minLength(1), z.maxLength(5000))),
  lastVerified: z.optional(IsoDateSchema),
});
/** A place where services are delivered. */
export type Location = z.infer<typeof LocationSchema>;
