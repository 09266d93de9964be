/**
 * The practice's own report, read back from storage: every record `practiceReport` needs is
 * listed from the store (readiness, CS-PAM, development places, improvements, patients'
 * assessments), and each patient's care team is the one named on their stored care plans.
 */
import { type PracticeReport, practiceReport } from '@livewell/activation';
import type { CareTeam, CareTeamMember, RecordId } from '@livewell/core';
import type { TenantStore as Store } from '@livewell/storage';
import { PRACTICE_ORGANISATION } from '../../world.js';
import { listAll } from '../cohort.js';

/** Each person's care team: every practitioner named on any of their stored care plans. */
export async function careTeamsFromPlans(practice: Store): Promise<CareTeam[]> {
  const members = new Map<string, Map<string, CareTeamMember>>();
  for (const { record: plan } of await listAll((page) => practice.carePlans.list(page))) {
    const team = members.get(plan.personId) ?? new Map<string, CareTeamMember>();
    for (const m of plan.careTeam.members)
      if (!team.has(m.practitionerId)) team.set(m.practitionerId, m);
    members.set(plan.personId, team);
  }
  return [...members.entries()].map(([personId, team]) => ({
    schemaVersion: 1,
    id: `care-team-${personId}` as RecordId,
    tenantId: practice.tenantId,
    personId: personId as CareTeam['personId'],
    members: [...team.values()],
  }));
}

/** Builds the practice report from what is stored for the practice. */
export async function practiceReportFromStore(practice: Store): Promise<PracticeReport> {
  return practiceReport({
    practiceAssessments: await listAll((page) =>
      practice.practiceAssessments.listBySubject(PRACTICE_ORGANISATION, page),
    ),
    practitionerAssessments: await listAll((page) => practice.practitionerAssessments.list(page)),
    places: (await listAll((page) => practice.practitionerPlaces.list(page))).map((v) => v.record),
    improvements: (
      await listAll((page) => practice.improvements.listBySubject(PRACTICE_ORGANISATION, page))
    ).map((v) => v.record),
    patientAssessments: await listAll((page) => practice.assessments.list(page)),
    careTeams: await careTeamsFromPlans(practice),
    activationInstrumentId: 'pam-13',
    timeZone: 'Europe/London',
  });
}
