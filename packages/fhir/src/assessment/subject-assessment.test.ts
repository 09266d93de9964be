import {
  practiceAssessmentArb,
  practitionerAssessmentArb,
  practitionerMembershipArb,
} from '@livewell/core/testing';
import type { Resource } from '@medplum/fhirtypes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectValidByIndependentValidators } from '../../test/independent-validators.js';
import { expectValidFhir } from '../../test/validate-fhir.js';
import { toFhirMembershipRole } from '../practitioner/membership-role.js';
import { toFhirSubjectAssessment } from './export-subject-assessment.js';

/** Whom the resources are about (who recorded them is another matter). */
const aboutWhom = (out: ReturnType<typeof toFhirSubjectAssessment>) =>
  JSON.stringify([
    out.questionnaireResponse.subject,
    out.observations.map((o) => [o.subject, o.focus]),
  ]);

const expectValidByBoth = (r: Resource) => {
  expectValidFhir(r);
  expectValidByIndependentValidators(r);
};

describe('assessments about practitioners and practices → QuestionnaireResponse + Observation', () => {
  it('a practitioner’s result is about the Practitioner and never names a patient; both validators accept it', () => {
    fc.assert(
      fc.property(practitionerAssessmentArb, (a) => {
        const out = toFhirSubjectAssessment(a);
        const ref = `Practitioner/${out.questionnaireResponse.subject?.reference?.split('/')[1]}`;
        expect(out.questionnaireResponse.subject?.reference).toBe(ref);
        for (const o of out.observations) {
          expect(o.subject).toBeUndefined();
          expect(o.focus).toEqual([out.questionnaireResponse.subject]);
          expect(o.meta).toBeUndefined();
        }
        expect(aboutWhom(out)).not.toContain('Patient/');
        for (const r of [out.questionnaireResponse, ...out.observations]) expectValidByBoth(r);
      }),
      { numRuns: 15 },
    );
  }, 600_000);

  it('a practice’s readiness is about the Organization', () => {
    fc.assert(
      fc.property(practiceAssessmentArb, (a) => {
        const out = toFhirSubjectAssessment(a);
        expect(out.questionnaireResponse.subject?.reference).toMatch(/^Organization\//);
        expect(out.observations[0]?.valueQuantity?.value).toBe(a.scores.total);
        expect(aboutWhom(out)).not.toContain('Patient/');
        for (const r of [out.questionnaireResponse, ...out.observations]) expectValidByBoth(r);
      }),
      { numRuns: 15 },
    );
  }, 600_000);
});

describe('a membership → PractitionerRole at the organisation', () => {
  it('names the practitioner and the organisation, ends with the membership, and is valid', () => {
    fc.assert(
      fc.property(practitionerMembershipArb, (m) => {
        const role = toFhirMembershipRole(m, { role: 'nurse', asOf: '2026-06-01T00:00:00Z' });
        expect(role.organization?.reference).toMatch(/^Organization\//);
        expect(role.period?.end).toBe(m.until);
        expect(role.active).toBe(m.until === undefined || m.until > '2026-06-01T00:00:00Z');
        expectValidByBoth(role);
      }),
      { numRuns: 20 },
    );
  }, 600_000);
});
