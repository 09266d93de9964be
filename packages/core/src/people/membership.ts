import * as z from 'zod/mini';
import { PractitionerIdSchema, RecordIdSchema } from '../shared/ids.js';
import { lazySchema } from '../shared/lazy-schema.js';
import { optionalOf } from '../shared/text.js';
import { IsoInstantSchema } from '../shared/time-values.js';

/**
 * The record that a practitioner works (or volunteers) for an organisation, such as the
 * charity that runs a walking group. Service-side referral and programme commands are accepted
 * only from practitioners with a current membership of the service's organisation.
 */
export const PractitionerMembershipSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    practitionerId: PractitionerIdSchema,
    organisationId: RecordIdSchema,
    /** When the membership ended (left the organisation); current while absent or later than now. */
    until: optionalOf(IsoInstantSchema),
  }),
);
/** The record that a practitioner works for an organisation. */
export type PractitionerMembership = z.infer<typeof PractitionerMembershipSchema>;
