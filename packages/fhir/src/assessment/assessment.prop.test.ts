import { assessmentArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectValidFhir } from '../../test/validate-fhir.js';
import { toFhirAssessment } from './export-assessment.js';
import { fromFhirAssessment } from './import-assessment.js';

describe('assessment ⇄ FHIR', () => {
  it('export → import returns the same assessment; every resource is valid R4', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        const out = toFhirAssessment(a);
        expectValidFhir(out.questionnaireResponse);
        for (const o of out.observations) expectValidFhir(o);
        const back = fromFhirAssessment(JSON.parse(JSON.stringify(out)), { tenantId: a.tenantId });
        expect(back).toEqual({ ok: true, value: a });
      }),
      { numRuns: 60 },
    );
  });
});
