import {
  type Actor,
  type PersonId,
  type PlanCareTeam,
  type PractitionerRole,
  parseActor,
} from '@livewell/core';

/**
 * Who may issue a command: the person, a carer acting with the person's consent, care-team
 * members holding one of `roles` (the role recorded in the plan's care team counts, not the
 * role the caller claims), and system integrations the practice policy names
 * (`CarePlanPolicy.systemActors`).
 */
export interface Permission {
  readonly person: boolean;
  readonly carer: boolean;
  readonly roles: readonly PractitionerRole[];
  readonly system: boolean;
}

/** Clinicians who hold care-planning conversations and agree goals and plans. */
export const planningClinicians: readonly PractitionerRole[] = ['gp', 'nurse', 'pharmacist'];

/** Staff who book appointments, send letters and run reception. */
export const practiceStaff: readonly PractitionerRole[] = [
  'receptionist',
  'healthcare-assistant',
  ...planningClinicians,
];

/** Practitioners who support the person between appointments. */
export const supportWorkers: readonly PractitionerRole[] = [
  'health-coach',
  'link-worker',
  'peer-supporter',
];

/** The part of a plan authorisation needs: whose plan it is and who is on its team. */
export interface PlanMembership {
  readonly personId: PersonId;
  readonly careTeam: PlanCareTeam;
}

/**
 * The actor, read: the helpers below take the caller's value, so an actor that is not one (or
 * cannot even be read: a throwing getter or proxy) is never a member and never permitted.
 */
const readActor = (actor: Actor): Actor | undefined => {
  const read = parseActor(actor);
  return read.ok ? read.value : undefined;
};

const roleIn = (plan: PlanMembership, actor: Actor): PractitionerRole | undefined => {
  if (actor.kind !== 'practitioner') return undefined;
  for (const member of plan.careTeam.members) {
    if (member.practitionerId === actor.practitionerId) return member.role;
  }
  return undefined;
};

const consentingCarer = (plan: PlanMembership, actor: Actor): boolean => {
  if (actor.kind !== 'carer' || actor.onBehalfOf !== plan.personId) return false;
  return plan.careTeam.carers.some((c) => c.carerId === actor.carerId && c.consentToShare);
};

/** The actor's role in the plan's care team, or `undefined` when they are not a member. */
export function memberRole(plan: PlanMembership, actor: Actor): PractitionerRole | undefined {
  const read = readActor(actor);
  return read && roleIn(plan, read);
}

/** True when a carer is named on the plan, acts for its person, and has the person's consent. */
export function isConsentingCarer(plan: PlanMembership, actor: Actor): boolean {
  const read = readActor(actor);
  return read !== undefined && consentingCarer(plan, read);
}

/** True when the actor is the person, a consenting carer or a care-team member of the plan. */
export function isInCareTeam(plan: PlanMembership, actor: Actor): boolean {
  const read = readActor(actor);
  switch (read?.kind) {
    case 'person':
      return read.personId === plan.personId;
    case 'carer':
      return consentingCarer(plan, read);
    case 'practitioner':
      return roleIn(plan, read) !== undefined;
    default:
      return false;
  }
}

/** True when `actor` is a system the practice names in `systemActors` (its policy). */
export function isTrustedSystem(actor: Actor, systemActors: readonly string[]): boolean {
  const read = readActor(actor);
  return read?.kind === 'system' && systemActors.includes(read.name);
}

/**
 * True when `actor` may act on `plan` under `permission`: from the records (the plan's care team
 * and carers' consent, the policy's `systemActors`), never from the role the actor claims. An
 * actor that cannot be read is not permitted.
 */
export function isPermitted(
  plan: PlanMembership,
  actor: Actor,
  permission: Permission,
  systemActors: readonly string[] = [],
): boolean {
  const read = readActor(actor);
  switch (read?.kind) {
    case 'person':
      return permission.person && read.personId === plan.personId;
    case 'carer':
      return permission.carer && consentingCarer(plan, read);
    case 'practitioner': {
      const role = roleIn(plan, read);
      return role !== undefined && permission.roles.includes(role);
    }
    case 'system':
      return permission.system && isTrustedSystem(read, systemActors);
    default:
      return false;
  }
}
