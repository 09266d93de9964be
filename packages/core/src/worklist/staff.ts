import * as z from 'zod/mini';
import { PractitionerRoleSchema } from '../shared/actor.js';
import { PractitionerIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { TeamIdSchema } from './task-parts.js';

/**
 * A practitioner as the tenant's staff records know them: the roles they hold and the teams they
 * belong to. Worklist authorisation reads these, never the role an actor claims.
 */
export const StaffMemberSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    practitionerId: PractitionerIdSchema,
    roles: z.array(PractitionerRoleSchema).check(z.maxLength(10)),
    teamIds: z.array(TeamIdSchema).check(z.maxLength(50)),
  }),
);
/** A practitioner with their roles and teams, from the staff records. */
export type StaffMember = z.infer<typeof StaffMemberSchema>;
