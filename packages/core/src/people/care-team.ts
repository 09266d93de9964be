import * as z from 'zod/mini';
import { PractitionerRoleSchema } from '../shared/actor.js';
import {
  PersonIdSchema,
  PractitionerIdSchema,
  RecordIdSchema,
  TenantIdSchema,
} from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { schemaVersion } from '../shared/schema-version.js';

/** One practitioner's place in a person's care team. */
export const CareTeamMemberSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    practitionerId: PractitionerIdSchema,
    role: PractitionerRoleSchema,
    /** The named coordinator / key contact for the person. */
    isCoordinator: z.boolean(),
  }),
);
/** One practitioner's place in a person's care team. */
export type CareTeamMember = z.infer<typeof CareTeamMemberSchema>;

/** The practitioners who support one person (carers are on the {@link Person}). */
export const CareTeamSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    schemaVersion: schemaVersion(1),
    id: RecordIdSchema,
    tenantId: TenantIdSchema,
    personId: PersonIdSchema,
    members: z.array(CareTeamMemberSchema).check(z.maxLength(50)),
  }),
);
/** The practitioners who support one person. */
export type CareTeam = z.infer<typeof CareTeamSchema>;
