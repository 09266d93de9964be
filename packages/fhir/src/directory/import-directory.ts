import {
  type Location,
  type Organisation,
  parseLocation,
  parseOrganisation,
  parseService,
  type Result,
  type Service,
} from '@livewell/core';
import { fromFhirCoding } from '../shared/coding.js';
import { compact } from '../shared/compact.js';
import { parseFhirInput, parseImportOptions } from '../shared/fhir-input.js';
import { type FhirImportError, importIssue } from '../shared/import-error.js';
import {
  checkExtensions,
  finishImport,
  type IssueList,
  readDetails,
  readRecordId,
  readReferenceId,
} from '../shared/read.js';
import { LivewellExtensions } from '../shared/systems.js';
import { type FhirImportOptions, readTenant } from '../shared/tenant.js';
import { LANGUAGE_SYSTEM } from './export-directory.js';
import { FhirHealthcareServiceInput, FhirLocationInput, FhirOrganizationInput } from './input.js';

const known = [LivewellExtensions.tenant, LivewellExtensions.details];
const telecomValue = (t: { system: string; value: string }[] | undefined, system: string) =>
  t?.find((c) => c.system === system)?.value;

/** Reads an organisation back from a FHIR `Organization`. */
export function fromFhirOrganization(
  input: unknown,
  untrustedOptions: FhirImportOptions,
): Result<Organisation, FhirImportError> {
  const checked = parseImportOptions('Organization', untrustedOptions);
  if (!checked.ok) return checked;
  const options = checked.value;
  const parsed = parseFhirInput('Organization', FhirOrganizationInput, input);
  if (!parsed.ok) return parsed;
  const o = parsed.value;
  const issues: IssueList = [];
  checkExtensions(o.extension, known, 'Organization', issues);
  if (o.active === false)
    issues.push(
      importIssue(
        'unrepresentable',
        'Organization.active',
        'livewell keeps only active organisations',
      ),
    );
  return finishImport('Organization', issues, parseOrganisation, {
    ...readDetails(o.extension, 'Organization', issues),
    ...compact({
      schemaVersion: 1,
      id: readRecordId(o, 'organisation', 'Organization', issues),
      tenantId: readTenant(o.extension, options, 'Organization', issues),
      name: o.name,
      website: telecomValue(o.telecom, 'url'),
      email: telecomValue(o.telecom, 'email'),
    }),
  });
}

/** Reads a location back from a FHIR `Location`. */
export function fromFhirLocation(
  input: unknown,
  untrustedOptions: FhirImportOptions,
): Result<Location, FhirImportError> {
  const checked = parseImportOptions('Location', untrustedOptions);
  if (!checked.ok) return checked;
  const options = checked.value;
  const parsed = parseFhirInput('Location', FhirLocationInput, input);
  if (!parsed.ok) return parsed;
  const l = parsed.value;
  const issues: IssueList = [];
  checkExtensions(l.extension, known, 'Location', issues);
  return finishImport('Location', issues, parseLocation, {
    accessibility: [],
    ...readDetails(l.extension, 'Location', issues),
    ...compact({
      schemaVersion: 1,
      id: readRecordId(l, 'location', 'Location', issues),
      tenantId: readTenant(l.extension, options, 'Location', issues),
      organisationId: l.managingOrganization
        ? readReferenceId(
            l.managingOrganization,
            'Organization',
            'organisation',
            'Location.managingOrganization',
            issues,
          )
        : undefined,
      name: l.name,
      description: l.description,
      address: compact({
        lines: l.address?.line ?? [],
        city: l.address?.city,
        postcode: l.address?.postalCode,
        point: l.position,
      }),
    }),
  });
}

/**
 * Reads a service back from a FHIR `HealthcareService`. Availability elements are derived from
 * the schedules, so they are read from the livewell details (a service from another system
 * without them is reported as missing its schedules' source).
 */
export function fromFhirHealthcareService(
  input: unknown,
  untrustedOptions: FhirImportOptions,
): Result<Service, FhirImportError> {
  const checked = parseImportOptions('HealthcareService', untrustedOptions);
  if (!checked.ok) return checked;
  const options = checked.value;
  const parsed = parseFhirInput('HealthcareService', FhirHealthcareServiceInput, input);
  if (!parsed.ok) return parsed;
  const s = parsed.value;
  const issues: IssueList = [];
  const path = 'HealthcareService';
  checkExtensions(s.extension, known, path, issues);
  const details = readDetails(s.extension, path, issues);
  if (!('schedules' in details) && (s.availableTime || s.availabilityExceptions)) {
    issues.push(
      importIssue(
        'unrepresentable',
        `${path}.availableTime`,
        'availability without livewell schedules (no start date or time zone)',
      ),
    );
  }
  if (!('locations' in details) && s.location) {
    issues.push(
      importIssue(
        'unrepresentable',
        `${path}.location`,
        'places without livewell service-at-location records',
      ),
    );
  }
  const needs = (s.type ?? []).map((t, i) => {
    const c = t.coding?.length === 1 && t.coding[0] ? fromFhirCoding(t.coding[0]) : undefined;
    if (!c)
      issues.push(importIssue('unrepresentable', `${path}.type[${i}]`, 'a need is one coding'));
    return c;
  });
  const languages = (s.communication ?? []).map((c, i) => {
    const code = c.coding?.find((x) => x.system === LANGUAGE_SYSTEM)?.code;
    if (!code)
      issues.push(
        importIssue(
          'unsupported-code',
          `${path}.communication[${i}]`,
          'expected a BCP 47 language',
        ),
      );
    return code;
  });
  return finishImport(path, issues, parseService, {
    status: s.active === false ? 'inactive' : 'active',
    conditions: [],
    accessibility: [],
    contacts: [],
    locations: [],
    schedules: [],
    ...details,
    ...compact({
      schemaVersion: 1,
      id: readRecordId(s, 'service', path, issues),
      tenantId: readTenant(s.extension, options, path, issues),
      organisationId: readReferenceId(
        s.providedBy,
        'Organization',
        'organisation',
        `${path}.providedBy`,
        issues,
      ),
      name: s.name,
      description: s.comment,
      url: telecomValue(s.telecom, 'url'),
      email: telecomValue(s.telecom, 'email'),
      needs,
      languages,
    }),
  });
}
