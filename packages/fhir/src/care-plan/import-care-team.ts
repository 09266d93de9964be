import { type CareTeam, parseCareTeam, type Result } from '@livewell/core';
import { parseFhirInput, parseImportOptions } from '../shared/fhir-input.js';
import type { FhirImportError } from '../shared/import-error.js';
import { importIssue } from '../shared/import-error.js';
import {
  checkExtensions,
  finishImport,
  type IssueList,
  readRecordId,
  readReferenceId,
} from '../shared/read.js';
import { LivewellExtensions } from '../shared/systems.js';
import { type FhirImportOptions, readTenant } from '../shared/tenant.js';
import { FhirCareTeamInput } from './input.js';
import { readCareTeamParticipants } from './read-care-team.js';

/**
 * Reads a person's standing care team back from a FHIR `CareTeam` written by
 * `toFhirCareTeam`. Carers are not members of a standing team and are reported.
 */
export function fromFhirCareTeam(
  input: unknown,
  untrustedOptions: FhirImportOptions,
): Result<CareTeam, FhirImportError> {
  const checked = parseImportOptions('CareTeam', untrustedOptions);
  if (!checked.ok) return checked;
  const options = checked.value;
  const parsed = parseFhirInput('CareTeam', FhirCareTeamInput, input);
  if (!parsed.ok) return parsed;
  const team = parsed.value;
  const issues: IssueList = [];
  checkExtensions(team.extension, [LivewellExtensions.tenant], 'CareTeam', issues);
  if (team.status !== undefined && team.status !== 'active') {
    issues.push(
      importIssue('unrepresentable', 'CareTeam.status', 'livewell keeps only active care teams'),
    );
  }
  if (!team.subject)
    issues.push(importIssue('missing-element', 'CareTeam.subject', 'whose team it is is required'));
  const { members, carers } = readCareTeamParticipants(team, 'CareTeam', issues);
  if (carers.length > 0) {
    issues.push(
      importIssue(
        'unrepresentable',
        'CareTeam.participant',
        'carers belong on the person, not the standing team',
      ),
    );
  }
  return finishImport('CareTeam', issues, parseCareTeam, {
    schemaVersion: 1,
    id: readRecordId(team, 'care-team', 'CareTeam', issues),
    tenantId: readTenant(team.extension, options, 'CareTeam', issues),
    personId: team.subject
      ? readReferenceId(team.subject, 'Patient', 'person', 'CareTeam.subject', issues)
      : '',
    members,
  });
}
