import { type Person, parsePerson, type Result } from '@livewell/core';
import type { Address, Patient } from '@medplum/fhirtypes';
import * as z from 'zod';
import { compact } from '../shared/compact.js';
import {
  FhirIdentifierInput,
  parseFhirInput,
  parseImportOptions,
  resourceBase,
} from '../shared/fhir-input.js';
import { fhirId, livewellIdentifier } from '../shared/ids.js';
import type { FhirImportError } from '../shared/import-error.js';
import { importIssue } from '../shared/import-error.js';
import { ukCoreMeta } from '../shared/profiles.js';
import {
  checkExtensions,
  detailsExtension,
  finishImport,
  type IssueList,
  readDetails,
  readRecordId,
} from '../shared/read.js';
import { FhirSystems, LivewellExtensions } from '../shared/systems.js';
import { type FhirImportOptions, readTenant } from '../shared/tenant.js';

const LANGUAGE = 'urn:ietf:bcp:47';

/**
 * A person as FHIR `Patient`: livewell id and NHS number as identifiers, name, birth date,
 * address and preferred language. Conditions (as codes), carers, communication format and
 * channel, and sharing consent travel in the livewell-details extension.
 */
export function toFhirPatient(p: Person): Patient {
  const identifier = [livewellIdentifier('person', p.id)];
  if (p.nhsNumber) identifier.push({ system: FhirSystems.nhsNumber, value: p.nhsNumber });
  const { language, ...preferences } = p.communication;
  const home = p.address;
  // An address with no lines, city, postcode or point has no FHIR form; keep that it exists.
  const emptyAddress =
    home && home.lines.length === 0 && !home.city && !home.postcode && !home.point;
  const out: Patient = {
    resourceType: 'Patient',
    meta: ukCoreMeta('Patient'),
    id: fhirId(p.id),
    identifier,
    extension: [
      { url: LivewellExtensions.tenant, valueString: p.tenantId },
      ...detailsExtension({
        conditions: p.conditions,
        communication: preferences,
        carers: p.carers,
        consentToShare: p.consentToShare,
        point: p.address?.point,
        emptyAddress: emptyAddress ? true : undefined,
      }),
    ],
    name: [{ given: [p.name.given], family: p.name.family }],
    birthDate: p.birthDate,
    communication: [
      { language: { coding: [{ system: LANGUAGE, code: language }] }, preferred: true },
    ],
  };
  if (p.address) {
    const a: Address = {};
    if (p.address.lines.length > 0) a.line = [...p.address.lines];
    if (p.address.city) a.city = p.address.city;
    if (p.address.postcode) a.postalCode = p.address.postcode;
    if (Object.keys(a).length > 0) out.address = [a];
  }
  return out;
}

const FhirPatientInput = z.strictObject({
  ...resourceBase,
  resourceType: z.literal('Patient'),
  identifier: z.array(FhirIdentifierInput).optional(),
  name: z
    .array(z.strictObject({ given: z.array(z.string()).length(1), family: z.string() }))
    .length(1),
  birthDate: z.string(),
  address: z
    .array(
      z.strictObject({
        line: z.array(z.string()).optional(),
        city: z.string().optional(),
        postalCode: z.string().optional(),
      }),
    )
    .max(1)
    .optional(),
  communication: z
    .array(
      z.strictObject({
        language: z.strictObject({
          coding: z
            .array(z.strictObject({ system: z.literal(LANGUAGE), code: z.string() }))
            .length(1),
        }),
        preferred: z.boolean().optional(),
      }),
    )
    .max(1)
    .optional(),
});

/** Reads a person back from a FHIR `Patient` written by {@link toFhirPatient}. */
export function fromFhirPatient(
  input: unknown,
  untrustedOptions: FhirImportOptions,
): Result<Person, FhirImportError> {
  const checked = parseImportOptions('Patient', untrustedOptions);
  if (!checked.ok) return checked;
  const options = checked.value;
  const parsed = parseFhirInput('Patient', FhirPatientInput, input);
  if (!parsed.ok) return parsed;
  const p = parsed.value;
  const issues: IssueList = [];
  checkExtensions(
    p.extension,
    [LivewellExtensions.tenant, LivewellExtensions.details],
    'Patient',
    issues,
  );
  const details = readDetails(p.extension, 'Patient', issues);
  const language = p.communication?.[0]?.language.coding[0]?.code;
  if (!language)
    issues.push(
      importIssue('missing-element', 'Patient.communication', 'preferred language is required'),
    );
  const a = p.address?.[0];
  const { communication, point, emptyAddress, ...rest } = details as {
    communication?: object;
    point?: unknown;
    emptyAddress?: unknown;
  };
  const address =
    a || point || emptyAddress === true
      ? compact({ lines: a?.line ?? [], city: a?.city, postcode: a?.postalCode, point })
      : undefined;
  return finishImport('Patient', issues, parsePerson, {
    conditions: [],
    carers: [],
    ...rest,
    ...compact({
      schemaVersion: 1,
      id: readRecordId(p, 'person', 'Patient', issues),
      tenantId: readTenant(p.extension, options, 'Patient', issues),
      nhsNumber: p.identifier?.find((i) => i.system === FhirSystems.nhsNumber)?.value,
      name: { given: p.name[0]?.given[0], family: p.name[0]?.family },
      birthDate: p.birthDate,
      communication: { ...communication, language },
      address,
    }),
  });
}
