import * as cp from '@livewell/care-plan';
import type { TenantId } from '@livewell/core';
import {
  assessmentArb,
  carePlanArb,
  careTeamArb,
  locationArb,
  organisationArb,
  personArb,
  referralArb,
  serviceArb,
} from '@livewell/core/testing';
import * as fhir from '@livewell/fhir';
import fc from 'fast-check';
import { entriesOf } from './define.js';
import type { EntryPoint } from './entry.js';

const imports = entriesOf('@livewell/fhir', 'fhir-import', 'result');

/** What travels over the wire: exported resources as parsed JSON. */
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Valid import arguments: a record exported by `@livewell/fhir` itself, and its tenant. */
const exported = <T extends { tenantId: TenantId }>(arb: fc.Arbitrary<T>, out: (r: T) => unknown) =>
  arb.map((r) => [wire(out(r)), { tenantId: r.tenantId }] as const);

/** One person's whole record (every part re-owned by the person), as a transaction bundle. */
const bundleArb = fc
  .record({
    person: personArb,
    careTeams: fc.array(careTeamArb, { maxLength: 1 }),
    carePlans: fc.array(carePlanArb, { maxLength: 1 }),
    assessments: fc.array(assessmentArb, { maxLength: 1 }),
    referrals: fc.array(referralArb, { maxLength: 1 }),
  })
  .map((r) => {
    const { id: personId, tenantId } = r.person;
    const own = <T>(xs: T[]) => xs.map((x) => ({ ...x, personId, tenantId }));
    const record = {
      person: r.person,
      careTeams: own(r.careTeams),
      carePlans: own(r.carePlans),
      assessments: own(r.assessments),
      referrals: own(r.referrals),
    };
    const bundle = fhir.toFhirTransactionBundle(record, { baseUrl: 'https://fhir.example.org/R4' });
    return [wire(bundle.ok ? bundle.value : {}), { tenantId }] as const;
  });

/** Every FHIR import: each resource kind and the bundle, fed what the exports write. */
export const fhirImports: EntryPoint[] = [
  imports.call(
    {
      name: 'fromFhirPlanDefinition',
      valid: fc
        .constantFrom(cp.type2DiabetesAnnualReview, cp.copdReview)
        .map((t) => [wire(fhir.toFhirPlanDefinition(t))] as const),
      outside: [0],
    },
    (a) => fhir.fromFhirPlanDefinition(a[0]),
  ),
  imports.call(
    {
      name: 'fromFhirReferralOutcome',
      valid: referralArb.map((r) => {
        const out = fhir.toFhirReferralOutcome(r);
        return [wire(out.ok ? out.value : {}), { tenantId: r.tenantId }] as const;
      }),
    },
    (a) =>
      fhir.fromFhirReferralOutcome(
        a[0] as fhir.ReferralOutcomeImport,
        a[1] as fhir.FhirImportOptions,
      ),
  ),
  imports.call({ name: 'fromFhirPatient', valid: exported(personArb, fhir.toFhirPatient) }, (a) =>
    fhir.fromFhirPatient(a[0], a[1] as fhir.FhirImportOptions),
  ),
  imports.call(
    { name: 'fromFhirCareTeam', valid: exported(careTeamArb, fhir.toFhirCareTeam) },
    (a) => fhir.fromFhirCareTeam(a[0], a[1] as fhir.FhirImportOptions),
  ),
  imports.call(
    { name: 'fromFhirCarePlan', valid: exported(carePlanArb, fhir.toFhirCarePlan) },
    (a) => fhir.fromFhirCarePlan(a[0] as fhir.CarePlanImport, a[1] as fhir.FhirImportOptions),
  ),
  imports.call(
    { name: 'fromFhirAssessment', valid: exported(assessmentArb, fhir.toFhirAssessment) },
    (a) => fhir.fromFhirAssessment(a[0] as fhir.AssessmentImport, a[1] as fhir.FhirImportOptions),
  ),
  imports.call(
    { name: 'fromFhirReferral', valid: exported(referralArb, fhir.toFhirReferral) },
    (a) => fhir.fromFhirReferral(a[0] as fhir.ReferralImport, a[1] as fhir.FhirImportOptions),
  ),
  imports.call(
    { name: 'fromFhirOrganization', valid: exported(organisationArb, fhir.toFhirOrganization) },
    (a) => fhir.fromFhirOrganization(a[0], a[1] as fhir.FhirImportOptions),
  ),
  imports.call(
    { name: 'fromFhirLocation', valid: exported(locationArb, fhir.toFhirLocation) },
    (a) => fhir.fromFhirLocation(a[0], a[1] as fhir.FhirImportOptions),
  ),
  imports.call(
    {
      name: 'fromFhirHealthcareService',
      valid: exported(serviceArb, fhir.toFhirHealthcareService),
    },
    (a) => fhir.fromFhirHealthcareService(a[0], a[1] as fhir.FhirImportOptions),
  ),
  imports.call({ name: 'fromFhirBundle', valid: bundleArb }, (a) =>
    fhir.fromFhirBundle(a[0], a[1] as fhir.FhirImportOptions),
  ),
  imports.call(
    {
      name: 'carePlanStateFromFhir',
      valid: fc.tuple(fc.constantFrom('active', 'draft', 'on-hold', 'revoked', 'completed')),
      typedError: 'total',
      domain: 'typed',
    },
    (a) => fhir.carePlanStateFromFhir(a[0] as string),
  ),
  imports.call(
    {
      name: 'goalStatusFromFhir',
      valid: fc.tuple(fc.constantFrom('proposed', 'accepted', 'active', 'cancelled', 'completed')),
      typedError: 'total',
      domain: 'typed',
    },
    (a) => fhir.goalStatusFromFhir(a[0] as string),
  ),
];
