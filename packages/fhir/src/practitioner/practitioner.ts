import type { Practitioner, PractitionerRole as Role } from '@livewell/core';
import type {
  Practitioner as FhirPractitioner,
  PractitionerRole as FhirPractitionerRole,
} from '@medplum/fhirtypes';
import { PRACTITIONER_ROLE_SYSTEM } from '../shared/actor.js';
import { fhirId, livewellIdentifier, referenceTo } from '../shared/ids.js';
import { ukCoreMeta } from '../shared/profiles.js';
import { LivewellExtensions } from '../shared/systems.js';

/**
 * A member of staff or volunteer as FHIR `Practitioner`: the livewell id as identifier, the
 * name as `HumanName.text` (livewell holds one display name, not given and family parts),
 * and the tenant. Their role is a {@link toFhirPractitionerRole} resource.
 *
 * @example
 * toFhirPractitioner({ schemaVersion: 1, id: 'nurse-1', tenantId, name: 'Jo Reilly', role: 'nurse' });
 */
export function toFhirPractitioner(p: Practitioner): FhirPractitioner {
  return {
    resourceType: 'Practitioner',
    meta: ukCoreMeta('Practitioner'),
    id: fhirId(p.id),
    identifier: [livewellIdentifier('practitioner', p.id)],
    extension: [{ url: LivewellExtensions.tenant, valueString: p.tenantId }],
    name: [{ text: p.name }],
  };
}

/** A practitioner acting in one livewell role, optionally for one organisation. */
export interface PractitionerInRole {
  readonly practitionerId: string;
  readonly role: Role;
  /** The organisation they work or volunteer for in this role (a livewell organisation id). */
  readonly organisationId?: string;
  /** The tenant whose record names them, when known. */
  readonly tenantId?: string;
}

/** The id of the PractitionerRole written for a practitioner in a role. */
export const practitionerRoleId = (practitionerId: string, role: Role): string =>
  `${practitionerId}.${role}`;

/**
 * A practitioner in a role as FHIR `PractitionerRole`: `practitioner` → the Practitioner,
 * `code` = the livewell role (`…/CodeSystem/practitioner-role`), `organization` when given.
 * A care-team member becomes one (`{ practitionerId, role }`), as does a practitioner actor.
 *
 * @example
 * toFhirPractitionerRole({ practitionerId: 'nurse-1', role: 'nurse', organisationId: 'org-1' });
 */
export function toFhirPractitionerRole(holder: PractitionerInRole): FhirPractitionerRole {
  const id = practitionerRoleId(holder.practitionerId, holder.role);
  const out: FhirPractitionerRole = {
    resourceType: 'PractitionerRole',
    meta: ukCoreMeta('PractitionerRole'),
    id: fhirId(id),
    identifier: [livewellIdentifier('practitioner-role', id)],
    practitioner: referenceTo('Practitioner', 'practitioner', holder.practitionerId),
    code: [{ coding: [{ system: PRACTITIONER_ROLE_SYSTEM, code: holder.role }] }],
  };
  if (holder.tenantId !== undefined) {
    out.extension = [{ url: LivewellExtensions.tenant, valueString: holder.tenantId }];
  }
  if (holder.organisationId !== undefined) {
    out.organization = referenceTo('Organization', 'organisation', holder.organisationId);
  }
  return out;
}
