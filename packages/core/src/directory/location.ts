import * as z from 'zod/mini';
import { AddressSchema } from '../shared/geo.js';
import { RecordIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { boundedText, optionalBoundedText, optionalOf, textUpTo } from '../shared/text.js';
import { IsoDateSchema } from '../shared/time-values.js';
import { AccessibilityFeatureSchema } from './vocabulary.js';

/** A place where services are delivered: a hall, a café, a park entrance (HSDS `location`). */
export const LocationSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    schemaVersion: schemaVersion(1),
    id: RecordIdSchema,
    tenantId: TenantIdSchema,
    organisationId: optionalOf(RecordIdSchema),
    name: boundedText(300),
    description: optionalOf(textUpTo(5000)),
    /** Postal address; `address.point` places it on the map for distance search. */
    address: AddressSchema,
    accessibility: z.array(AccessibilityFeatureSchema).check(z.maxLength(20)),
    /** Accessibility in the source's own words, when it is not one of the features above. */
    accessibilityNotes: optionalBoundedText(5000),
    lastVerified: optionalOf(IsoDateSchema),
  }),
);
/** A place where services are delivered. */
export type Location = z.infer<typeof LocationSchema>;
