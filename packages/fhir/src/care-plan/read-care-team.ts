import { PractitionerRoleSchema } from '@livewell/core';
import { PRACTITIONER_ROLE_SYSTEM } from '../shared/actor.js';
import { importIssue } from '../shared/import-error.js';
import { findExtension, type IssueList, readReferenceId } from '../shared/read.js';
import { CARE_TEAM_POSITION_SYSTEM, CONSENT_TO_SHARE_URL } from './care-team.js';
import type { FhirCareTeamIn } from './input.js';

/** Members and carers read from a FHIR CareTeam's participants. */
export interface ReadCareTeam {
  members: { practitionerId: string; role: string; isCoordinator: boolean }[];
  carers: { carerId: string; consentToShare: boolean }[];
}

/** Reads CareTeam participants: practitioners by livewell role, carers as RelatedPerson. */
export function readCareTeamParticipants(
  team: FhirCareTeamIn,
  path: string,
  issues: IssueList,
): ReadCareTeam {
  const out: ReadCareTeam = { members: [], carers: [] };
  for (const [i, p] of (team.participant ?? []).entries()) {
    const at = `${path}.participant[${i}]`;
    const codings = p.role[0]?.coding ?? [];
    const role = codings.find((c) => c.system === PRACTITIONER_ROLE_SYSTEM)?.code;
    const positions = codings
      .filter((c) => c.system === CARE_TEAM_POSITION_SYSTEM)
      .map((c) => c.code);
    const foreign = codings.filter(
      (c) => c.system !== PRACTITIONER_ROLE_SYSTEM && c.system !== CARE_TEAM_POSITION_SYSTEM,
    );
    if (foreign.length > 0) {
      issues.push(
        importIssue('unsupported-code', `${at}.role`, 'role codes outside livewell roles'),
      );
    }
    for (const [j, e] of (p.extension ?? []).entries()) {
      if (e.url !== CONSENT_TO_SHARE_URL) {
        issues.push(
          importIssue('unrepresentable', `${at}.extension[${j}]`, `unknown extension ${e.url}`),
        );
      }
    }
    if (positions.includes('carer')) {
      out.carers.push({
        carerId: readReferenceId(p.member, 'RelatedPerson', 'carer', `${at}.member`, issues),
        consentToShare: findExtension(p.extension, CONSENT_TO_SHARE_URL)?.valueBoolean === true,
      });
    } else if (PractitionerRoleSchema.safeParse(role).success) {
      out.members.push({
        practitionerId: readReferenceId(
          p.member,
          'Practitioner',
          'practitioner',
          `${at}.member`,
          issues,
        ),
        role: role as string,
        isCoordinator: positions.includes('coordinator'),
      });
    } else {
      issues.push(
        importIssue(
          role ? 'unsupported-code' : 'missing-element',
          `${at}.role`,
          'expected a livewell practitioner role or carer',
        ),
      );
    }
  }
  return out;
}
