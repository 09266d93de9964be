import { assessmentArb, carePlanArb, referralArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { bench, describe } from 'vitest';
import { toFhirAssessment } from './assessment/export-assessment.js';
import { fromFhirAssessment } from './assessment/import-assessment.js';
import { toFhirTransactionBundle } from './bundle/transaction-bundle.js';
import { toFhirCarePlan } from './care-plan/export-care-plan.js';
import { fromFhirCarePlan } from './care-plan/import-care-plan.js';
import { toFhirReferral } from './referral/export-referral.js';
import { fromFhirReferral } from './referral/import-referral.js';

const plans = fc.sample(carePlanArb, { numRuns: 100, seed: 1 });
const assessments = fc.sample(assessmentArb, { numRuns: 100, seed: 2 });
const referrals = fc.sample(referralArb, { numRuns: 100, seed: 3 });
const planJson = plans.map((p) => JSON.parse(JSON.stringify(toFhirCarePlan(p))));
const assessmentJson = assessments.map((a) => JSON.parse(JSON.stringify(toFhirAssessment(a))));
const referralJson = referrals.map((r) => JSON.parse(JSON.stringify(toFhirReferral(r))));

describe('FHIR mapping throughput (100 records per iteration)', () => {
  bench('care plan export', () => {
    for (const p of plans) toFhirCarePlan(p);
  });
  bench('care plan import', () => {
    for (const [i, p] of plans.entries()) fromFhirCarePlan(planJson[i], { tenantId: p.tenantId });
  });
  bench('assessment export + import', () => {
    assessments.forEach((a, i) => {
      toFhirAssessment(a);
      fromFhirAssessment(assessmentJson[i], { tenantId: a.tenantId });
    });
  });
  bench('referral export + import', () => {
    referrals.forEach((r, i) => {
      toFhirReferral(r);
      fromFhirReferral(referralJson[i], { tenantId: r.tenantId });
    });
  });
  bench('transaction bundle of 10 plans, 10 assessments, 10 referrals', () => {
    const personId = plans[0]?.personId;
    const mine = <T extends { personId: unknown }>(xs: T[]) =>
      xs.slice(0, 10).map((x) => ({ ...x, personId }));
    toFhirTransactionBundle({
      carePlans: mine(plans) as never,
      assessments: mine(assessments) as never,
      referrals: mine(referrals) as never,
    });
  });
});
