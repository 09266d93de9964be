import type { CareTeam, CareTeamMember, PersonId, PlanCarer } from '@livewell/core';
import type { CareTeamParticipant, Coding, CareTeam as FhirCareTeam } from '@medplum/fhirtypes';
import { PRACTITIONER_ROLE_SYSTEM } from '../shared/actor.js';
import { fhirId, livewellIdentifier, referenceTo } from '../shared/ids.js';
import { codeSystem, extensionUrl, LivewellExtensions } from '../shared/systems.js';

/** The livewell code system for care-team positions (`coordinator`, `carer`). */
export const CARE_TEAM_POSITION_SYSTEM = codeSystem('care-team-position');
/** Extension on a carer participant: the person has consented to share their plan with them. */
export const CONSENT_TO_SHARE_URL = extensionUrl('consent-to-share');

/** A care-team member as a FHIR participant: their role, and `coordinator` when they are. */
export function memberParticipant(member: CareTeamMember): CareTeamParticipant {
  const coding: Coding[] = [{ system: PRACTITIONER_ROLE_SYSTEM, code: member.role }];
  if (member.isCoordinator) coding.push({ system: CARE_TEAM_POSITION_SYSTEM, code: 'coordinator' });
  return {
    role: [{ coding }],
    member: referenceTo('Practitioner', 'practitioner', member.practitionerId),
  };
}

/** A carer named on a plan as a FHIR participant (RelatedPerson), with their consent flag. */
export const carerParticipant = (carer: PlanCarer): CareTeamParticipant => ({
  extension: [{ url: CONSENT_TO_SHARE_URL, valueBoolean: carer.consentToShare }],
  role: [{ coding: [{ system: CARE_TEAM_POSITION_SYSTEM, code: 'carer' }] }],
  member: referenceTo('RelatedPerson', 'carer', carer.carerId),
});

/** Options for a care team built around one person. */
export interface CareTeamShape {
  readonly identifierKind: string;
  readonly id: string;
  readonly personId: PersonId;
  readonly tenantId: string;
  readonly status: NonNullable<FhirCareTeam['status']>;
  readonly participants: readonly CareTeamParticipant[];
}

/** Assembles a FHIR CareTeam (status, subject and participants are UK Core must-support). */
export function careTeamResource(shape: CareTeamShape): FhirCareTeam {
  const team: FhirCareTeam = {
    resourceType: 'CareTeam',
    id: fhirId(shape.id),
    identifier: [livewellIdentifier(shape.identifierKind, shape.id)],
    extension: [{ url: LivewellExtensions.tenant, valueString: shape.tenantId }],
    status: shape.status,
    subject: referenceTo('Patient', 'person', shape.personId),
  };
  if (shape.participants.length > 0) team.participant = [...shape.participants];
  return team;
}

/**
 * A person's standing care team as FHIR `CareTeam`.
 *
 * @example
 * const resource = toFhirCareTeam(team); // resource.participant[0].member.reference === 'Practitioner/…'
 */
export const toFhirCareTeam = (team: CareTeam): FhirCareTeam =>
  careTeamResource({
    identifierKind: 'care-team',
    id: team.id,
    personId: team.personId,
    tenantId: team.tenantId,
    status: 'active',
    participants: team.members.map(memberParticipant),
  });
