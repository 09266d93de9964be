/**
 * Issue 11: every FHIR import returns a typed error for anything it cannot accept and never
 * throws, whatever it is given; it never changes its arguments.
 */
import type { PersonId, TenantId } from '@livewell/core';
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
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromFhirAssessment,
  fromFhirBundle,
  fromFhirCarePlan,
  fromFhirCareTeam,
  fromFhirHealthcareService,
  fromFhirLocation,
  fromFhirOrganization,
  fromFhirPatient,
  fromFhirPlanDefinition,
  fromFhirReferral,
  fromFhirReferralOutcome,
  toFhirAssessment,
  toFhirCarePlan,
  toFhirCareTeam,
  toFhirHealthcareService,
  toFhirLocation,
  toFhirOrganization,
  toFhirPatient,
  toFhirPlanDefinition,
  toFhirReferral,
  toFhirReferralOutcome,
  toFhirTransactionBundle,
} from '../src/index.js';
import { clone, deepFreeze, hostileArb, mutatedArb } from './hostile.js';
import { completedReferralArb, planTemplateArb, smartCarePlanArb } from './journey-records.js';

type Import = (input: never, options: never) => { ok: boolean; error?: unknown };

const bundleArb = fc
  .record({
    person: personArb,
    carePlans: fc.array(carePlanArb, { maxLength: 1 }),
    assessments: fc.array(assessmentArb, { maxLength: 1 }),
    referrals: fc.array(referralArb, { maxLength: 1 }),
  })
  .map((r) => {
    const { id: personId, tenantId } = r.person;
    const mine = <T extends { personId: PersonId; tenantId: TenantId }>(xs: T[]) =>
      xs.map((x) => ({ ...x, personId, tenantId }));
    const out = toFhirTransactionBundle({
      person: r.person,
      carePlans: mine(r.carePlans),
      assessments: mine(r.assessments),
      referrals: mine(r.referrals),
    });
    return out.ok ? out.value : {};
  });

/** Every FHIR import, with the exported values it reads back. */
const imports: readonly [string, Import, fc.Arbitrary<unknown>][] = [
  ['fromFhirCarePlan', fromFhirCarePlan, carePlanArb.map(toFhirCarePlan)],
  ['fromFhirCarePlan (SMART goals)', fromFhirCarePlan, smartCarePlanArb.map(toFhirCarePlan)],
  ['fromFhirAssessment', fromFhirAssessment, assessmentArb.map((a) => toFhirAssessment(a))],
  ['fromFhirReferral', fromFhirReferral, referralArb.map(toFhirReferral)],
  ['fromFhirCareTeam', fromFhirCareTeam, careTeamArb.map(toFhirCareTeam)],
  ['fromFhirPatient', fromFhirPatient, personArb.map(toFhirPatient)],
  ['fromFhirOrganization', fromFhirOrganization, organisationArb.map(toFhirOrganization)],
  ['fromFhirLocation', fromFhirLocation, locationArb.map(toFhirLocation)],
  ['fromFhirHealthcareService', fromFhirHealthcareService, serviceArb.map(toFhirHealthcareService)],
  ['fromFhirBundle', fromFhirBundle, bundleArb],
  ['fromFhirPlanDefinition', fromFhirPlanDefinition, planTemplateArb.map(toFhirPlanDefinition)],
  [
    'fromFhirReferralOutcome',
    fromFhirReferralOutcome,
    completedReferralArb.map(({ referral, gp, sentAt }) => {
      const out = toFhirReferralOutcome(referral, { gp, sentAt });
      return out.ok ? out.value : {};
    }),
  ],
];

const options = { tenantId: 'practice-1' as TenantId };
const optionsArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(options),
  fc.anything({ maxDepth: 2 }),
  fc.record({ tenantId: fc.anything({ maxDepth: 1 }) }),
);
const anythingArb = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
});

/** Calls an import and checks the outcome is a Result (a failure is a typed FHIR import error). */
function expectResult(run: Import, input: unknown, opts: unknown): void {
  const r = run(input as never, opts as never);
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) expect(r.error).toMatchObject({ code: 'fhir-import-failed' });
}

describe.each(imports)('%s never throws', (_name, run, exported) => {
  it('on anything at all (input and options), and never writes to a frozen argument', () => {
    fc.assert(
      fc.property(anythingArb, optionsArb, (input, opts) => {
        expectResult(run, deepFreeze(input), deepFreeze(opts));
      }),
      { numRuns: 300 },
    );
  });

  it('on exported values with parts replaced or removed, and leaves them unchanged', () => {
    fc.assert(
      fc.property(mutatedArb(exported), (input) => {
        const before = JSON.stringify(input);
        expectResult(run, input, options);
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  it('on hostile objects: throwing getters, proxies, cycles, null prototypes', () => {
    fc.assert(
      fc.property(hostileArb(exported), (build) => {
        expectResult(run, build(), options);
      }),
      { numRuns: 150 },
    );
  });

  it('reads a frozen export exactly as an unfrozen one (it never writes to its argument)', () => {
    fc.assert(
      fc.property(exported, (value) => {
        const input = clone(value);
        const first = run(input as never, options as never);
        expect(run(deepFreeze(clone(value)) as never, options as never)).toEqual(first);
      }),
      { numRuns: 10 },
    );
  });
});
