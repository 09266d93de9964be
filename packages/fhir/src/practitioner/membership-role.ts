import type { IsoInstant, PractitionerMembership, PractitionerRole as Role } from '@livewell/core';
import type { PractitionerRole as FhirPractitionerRole } from '@medplum/fhirtypes';
import { PRACTITIONER_ROLE_SYSTEM } from '../shared/actor.js';
import { fhirId, livewellIdentifier, referenceTo } from '../shared/ids.js';
import { ukCoreMeta } from '../shared/profiles.js';
import { LivewellExtensions } from '../shared/systems.js';

/** The id of the PractitionerRole for a membership (`<practitioner>.member-of.<organisation>`). */
export const membershipRoleId = (m: PractitionerMembership): string =>
  `${m.practitionerId}.member-of.${m.organisationId}`;

/** What else the PractitionerRole of a membership can say. */
export interface MembershipRoleOptions {
  /** The practitioner's livewell role, when known (from their `Practitioner` record). */
  readonly role?: Role | undefined;
  /** The tenant whose record this is. */
  readonly tenantId?: string | undefined;
  /** The time `active` is judged at; without it `active` is left out. */
  readonly asOf?: IsoInstant | undefined;
}

/**
 * A practitioner's membership of an organisation (the practice, or the charity running a
 * walking group) as FHIR `PractitionerRole`: `practitioner`, `organization`, `period.end` =
 * when the membership ended, `active` judged at `asOf`, and the livewell role as `code` when
 * given. livewell does not record when a membership started, so `period.start` is absent.
 *
 * @example
 * toFhirMembershipRole(membership, { role: 'nurse', asOf: now });
 */
export function toFhirMembershipRole(
  m: PractitionerMembership,
  options: MembershipRoleOptions = {},
): FhirPractitionerRole {
  const id = membershipRoleId(m);
  const out: FhirPractitionerRole = {
    resourceType: 'PractitionerRole',
    meta: ukCoreMeta('PractitionerRole'),
    id: fhirId(id),
    identifier: [livewellIdentifier('practitioner-role', id)],
    practitioner: referenceTo('Practitioner', 'practitioner', m.practitionerId),
    organization: referenceTo('Organization', 'organisation', m.organisationId),
  };
  if (options.tenantId !== undefined) {
    out.extension = [{ url: LivewellExtensions.tenant, valueString: options.tenantId }];
  }
  if (options.asOf !== undefined)
    out.active = m.until === undefined || Date.parse(m.until) > Date.parse(options.asOf);
  if (m.until !== undefined) out.period = { end: m.until };
  if (options.role !== undefined) {
    out.code = [{ coding: [{ system: PRACTITIONER_ROLE_SYSTEM, code: options.role }] }];
  }
  return out;
}
