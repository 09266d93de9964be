import * as z from 'zod/mini';
import { PractitionerRoleSchema } from '../shared/actor.js';
import { PractitionerIdSchema, TenantIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';
import { boundedText } from '../shared/text.js';

/** A member of staff or volunteer working for the tenant. */
export const PractitionerSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    schemaVersion: schemaVersion(1),
    id: PractitionerIdSchema,
    tenantId: TenantIdSchema,
    name: boundedText(200),
    role: PractitionerRoleSchema,
  }),
);
/** A member of staff or volunteer working for the tenant. */
export type Practitioner = z.infer<typeof PractitionerSchema>;
