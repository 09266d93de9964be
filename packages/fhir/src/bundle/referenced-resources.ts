import type {
  Location,
  Organisation,
  Person,
  Practitioner,
  PractitionerRole as Role,
  Service,
} from '@livewell/core';
import { PractitionerRoleSchema } from '@livewell/core';
import type { CarePlan, Patient, Reference, RelatedPerson, Resource } from '@medplum/fhirtypes';
import {
  toFhirHealthcareService,
  toFhirLocation,
  toFhirOrganization,
} from '../directory/export-directory.js';
import { toFhirPractitioner, toFhirPractitionerRole } from '../practitioner/practitioner.js';
import { ACTOR_ROLE_URL, PRACTITIONER_ROLE_SYSTEM } from '../shared/actor.js';
import { fhirId, livewellIdentifier, referenceTo } from '../shared/ids.js';
import { hasUkCoreProfile, ukCoreMeta } from '../shared/profiles.js';
import { referencedOnlyMeta } from '../shared/referenced-only.js';
import { identifierSystem, LivewellExtensions } from '../shared/systems.js';
import { type FoundReference, referencesIn } from './references.js';

/** What livewell holds about the resources a person's record refers to. */
export interface ReferenceContext {
  readonly personId?: string;
  readonly tenantId?: string;
  readonly person?: Person;
  readonly practitioners: readonly Practitioner[];
  readonly services: readonly Service[];
  readonly organisations: readonly Organisation[];
  readonly locations: readonly Location[];
}

/** The livewell identifier kind behind each resource type a livewell reference can target. */
const KIND: Readonly<Record<string, string>> = {
  Patient: 'person',
  Practitioner: 'practitioner',
  RelatedPerson: 'carer',
  HealthcareService: 'service',
  Organization: 'organisation',
  Location: 'location',
  CarePlan: 'care-plan',
};

const keyOf = (r: Resource) => `${r.resourceType}/${r.id ?? ''}`;

/** The livewell id a reference names: its livewell identifier, else the id in the reference. */
function livewellId(found: FoundReference, type: string, fhirIdPart: string): string {
  const identifier = found.element.identifier as { system?: unknown; value?: unknown } | undefined;
  const kind = KIND[type];
  return kind !== undefined &&
    identifier?.system === identifierSystem(kind) &&
    typeof identifier.value === 'string'
    ? identifier.value
    : fhirIdPart;
}

/** A resource carrying only the livewell identifier (and what FHIR requires), tagged as such. */
function referencedOnly<T extends Resource['resourceType']>(type: T, id: string) {
  return {
    resourceType: type,
    id: fhirId(id),
    meta: { ...referencedOnlyMeta(), ...(hasUkCoreProfile(type) ? ukCoreMeta(type) : {}) },
    identifier: [livewellIdentifier(KIND[type] ?? type, id)],
  };
}

function relatedPerson(carerId: string, found: FoundReference, ctx: ReferenceContext) {
  const onBehalf = (
    found.element.extension as { valueReference?: Reference<Patient> }[] | undefined
  )?.find((e) => e.valueReference !== undefined)?.valueReference;
  const patient = ctx.personId ? referenceTo('Patient', 'person', ctx.personId) : onBehalf;
  if (!patient) return undefined;
  const carer = ctx.person?.carers.find((c) => c.id === carerId);
  if (!carer) return { ...referencedOnly('RelatedPerson', carerId), patient } as RelatedPerson;
  const out: RelatedPerson = {
    resourceType: 'RelatedPerson',
    meta: ukCoreMeta('RelatedPerson'),
    id: fhirId(carerId),
    identifier: [livewellIdentifier('carer', carerId)],
    patient,
    relationship: [{ text: carer.relationship }],
    name: [{ text: carer.name }],
  };
  if (ctx.tenantId) out.extension = [{ url: LivewellExtensions.tenant, valueString: ctx.tenantId }];
  return out;
}

/** The resource livewell writes for a reference target missing from the bundle, if any. */
function targetFor(
  type: string,
  id: string,
  found: FoundReference,
  ctx: ReferenceContext,
): Resource | undefined {
  switch (type) {
    case 'Patient':
      return referencedOnly('Patient', id);
    case 'Practitioner': {
      const p = ctx.practitioners.find((x) => x.id === id);
      return p ? toFhirPractitioner(p) : referencedOnly('Practitioner', id);
    }
    case 'RelatedPerson':
      return relatedPerson(id, found, ctx);
    case 'HealthcareService': {
      const s = ctx.services.find((x) => x.id === id);
      return s ? toFhirHealthcareService(s) : referencedOnly('HealthcareService', id);
    }
    case 'Organization': {
      const o = ctx.organisations.find((x) => x.id === id);
      return o ? toFhirOrganization(o) : referencedOnly('Organization', id);
    }
    case 'Location': {
      const l = ctx.locations.find((x) => x.id === id);
      return l ? toFhirLocation(l) : referencedOnly('Location', id);
    }
    case 'CarePlan': {
      // An earlier version (`replaces`) or the plan a referral serves, not in this export:
      // FHIR requires a status, intent and subject; its status is not known here.
      if (!ctx.personId) return undefined;
      const plan: CarePlan = {
        ...referencedOnly('CarePlan', id),
        status: 'unknown',
        intent: 'plan',
        subject: referenceTo('Patient', 'person', ctx.personId),
      };
      return plan;
    }
    default:
      return undefined;
  }
}

/** The (practitioner, role) pairs a resource names: actor references and care-team members. */
function rolesIn(resource: Resource, refs: readonly FoundReference[]): [string, Role][] {
  const out: [string, Role][] = [];
  const add = (found: FoundReference, code: unknown) => {
    const role = PractitionerRoleSchema.safeParse(code);
    const id = found.reference.match(/^Practitioner\/([^/]+)$/)?.[1];
    if (role.success && id !== undefined) {
      out.push([livewellId(found, 'Practitioner', id), role.data]);
    }
  };
  for (const found of refs) {
    const ext = found.element.extension as { url?: string; valueCode?: string }[] | undefined;
    const code = ext?.find((e) => e.url === ACTOR_ROLE_URL)?.valueCode;
    if (code !== undefined) add(found, code);
  }
  if (resource.resourceType === 'CareTeam') {
    for (const [i, participant] of (resource.participant ?? []).entries()) {
      const found = refs.find((f) => f.path === `CareTeam.participant[${i}].member`);
      const coding = participant.role?.flatMap((r) => r.coding ?? []) ?? [];
      const role = coding.find((c) => c.system === PRACTITIONER_ROLE_SYSTEM)?.code;
      if (found && role !== undefined) add(found, role);
    }
  }
  return out;
}

/**
 * The resources a set of resources refers to but does not include, so that a Bundle of both is
 * self-contained: a Practitioner per practitioner named (from `ctx.practitioners` when held,
 * otherwise referenced-only) and a PractitionerRole per role they act in, a RelatedPerson per
 * carer (name and relationship from the person's carers), the HealthcareService of each
 * referral with its Organization and Locations (from the directory records when held), and a
 * referenced-only Patient or earlier CarePlan version when the record does not hold it.
 * Targets are followed until nothing is missing.
 */
export function referencedResources(
  resources: readonly Resource[],
  ctx: ReferenceContext,
): Resource[] {
  const present = new Set(resources.map(keyOf));
  const added: Resource[] = [];
  const queue = [...resources];
  const add = (r: Resource) => {
    if (present.has(keyOf(r))) return;
    present.add(keyOf(r));
    added.push(r);
    queue.push(r);
  };
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const refs = referencesIn(next);
    for (const found of refs) {
      const m = found.reference.match(/^([A-Za-z]+)\/([A-Za-z0-9.-]{1,64})$/);
      if (!m || present.has(found.reference)) continue;
      const [, type = '', id = ''] = m;
      const target = targetFor(type, livewellId(found, type, id), found, ctx);
      if (target) add(target);
    }
    const roles = rolesIn(next, refs);
    if (next.resourceType === 'Practitioner') {
      const held = ctx.practitioners.find((p) => fhirId(p.id) === next.id);
      if (held) roles.push([held.id, held.role]);
    }
    for (const [practitionerId, role] of roles) {
      add(
        toFhirPractitionerRole({
          practitionerId,
          role,
          ...(ctx.tenantId ? { tenantId: ctx.tenantId } : {}),
        }),
      );
    }
  }
  return added;
}
