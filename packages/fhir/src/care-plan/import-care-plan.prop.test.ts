import { carePlanArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectValidFhir } from '../../test/validate-fhir.js';
import { toFhirCarePlan } from './export-care-plan.js';
import { fromFhirCarePlan } from './import-care-plan.js';

describe('care plan ⇄ FHIR', () => {
  it('export → import returns the same plan, and every exported resource is valid R4', () => {
    fc.assert(
      fc.property(carePlanArb, (plan) => {
        const out = toFhirCarePlan(plan);
        for (const r of [out.carePlan, ...out.goals, ...out.observations]) expectValidFhir(r);
        if (out.careTeam) expectValidFhir(out.careTeam);
        const back = fromFhirCarePlan(JSON.parse(JSON.stringify(out)), { tenantId: plan.tenantId });
        expect(back).toEqual({ ok: true, value: plan });
      }),
      { numRuns: 60 },
    );
  });
});
