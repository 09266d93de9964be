import * as z from 'zod/mini';
import { CarerIdSchema, PersonIdSchema, PractitionerIdSchema } from './ids.js';
import { lazySchema } from './lazy-schema.js';
import { boundedText } from './text.js';

/** The roles practitioners hold in supported self-management. */
export const PractitionerRoleSchema = /* @__PURE__ */ lazySchema(() =>
  z.enum([
    'gp',
    'nurse',
    'healthcare-assistant',
    'pharmacist',
    'health-coach',
    'link-worker',
    'receptionist',
    'peer-supporter',
  ]),
);
/** The roles practitioners hold in supported self-management. */
export type PractitionerRole = z.infer<typeof PractitionerRoleSchema>;

/**
 * Who did something: the person themselves, a carer acting for them, a practitioner in a role,
 * or a system (an integration, a scheduled job).
 */
export const ActorSchema = /* @__PURE__ */ lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('person'), personId: PersonIdSchema }),
    z.object({ kind: z.literal('carer'), carerId: CarerIdSchema, onBehalfOf: PersonIdSchema }),
    z.object({
      kind: z.literal('practitioner'),
      practitionerId: PractitionerIdSchema,
      role: PractitionerRoleSchema,
    }),
    z.object({ kind: z.literal('system'), name: boundedText(200) }),
  ]),
);
/** Who did something. */
export type Actor = z.infer<typeof ActorSchema>;
