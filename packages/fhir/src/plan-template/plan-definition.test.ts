import { copdReview, type2DiabetesAnnualReview } from '@livewell/care-plan';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectValidByIndependentValidators } from '../../test/independent-validators.js';
import { planTemplateArb } from '../../test/journey-records.js';
import { expectValidFhir } from '../../test/validate-fhir.js';
import { toFhirPlanDefinition } from './export-plan-definition.js';
import { fromFhirPlanDefinition } from './import-plan-definition.js';

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('plan templates → PlanDefinition', () => {
  it('exports the shipped templates (type 2 diabetes annual review, COPD) as valid PlanDefinitions', () => {
    for (const template of [type2DiabetesAnnualReview, copdReview]) {
      const pd = toFhirPlanDefinition(template);
      expectValidFhir(pd);
      expectValidByIndependentValidators(pd);
      expect(fromFhirPlanDefinition(json(pd))).toEqual({ ok: true, value: template });
    }
    const pd = toFhirPlanDefinition(type2DiabetesAnnualReview);
    expect(pd.url).toBe('https://fhir.livewell.dev/PlanDefinition/t2dm-annual-review');
    expect(pd.useContext?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe('44054006');
    expect(pd.goal?.[0]?.target?.[0]).toEqual({
      measure: { text: 'HbA1c' },
      detailQuantity: { value: 53, unit: 'mmol/mol' },
    });
    expect(pd.action?.map((a) => a.id)).toEqual([
      'information-gathering',
      'preparation',
      'conversation',
      'review',
    ]);
    expect(pd.action?.[0]?.action?.map((a) => a.title)).toEqual(
      type2DiabetesAnnualReview.informationGathering,
    );
    expect(pd.action?.[1]?.relatedAction?.[0]).toMatchObject({
      actionId: 'conversation',
      relationship: 'before-start',
      offsetDuration: { value: 7, code: 'd' },
    });
    expect(pd.action?.[3]?.relatedAction?.[0]?.offsetDuration).toMatchObject({
      value: 12,
      code: 'mo',
    });
    expect(pd.action?.[2]?.goalId).toEqual(['goal-1', 'goal-2', 'goal-3']);
  }, 300_000);

  it('reports a step livewell does not define and a missing review interval', () => {
    const pd = json(toFhirPlanDefinition(copdReview));
    const codes = (input: unknown) => {
      const r = fromFhirPlanDefinition(input);
      return r.ok ? [] : r.error.issues.map((i) => `${i.code} ${i.path}`);
    };
    expect(
      codes({ ...pd, action: [...(pd.action ?? []), { id: 'x', title: 'Order bloods' }] }),
    ).toContain('unrepresentable PlanDefinition.action[4]');
    expect(codes({ ...pd, action: pd.action?.slice(0, 3) })).toContain(
      'missing-element PlanDefinition.action(review).relatedAction',
    );
    expect(codes({ ...pd, status: 'retired' })).toContain('unsupported-code PlanDefinition.status');
  });

  it('export → import returns the same template; both validators accept every export', () => {
    fc.assert(
      fc.property(planTemplateArb, (template) => {
        const pd = toFhirPlanDefinition(template);
        expectValidFhir(pd);
        expectValidByIndependentValidators(pd);
        expect(fromFhirPlanDefinition(json(pd))).toEqual({ ok: true, value: template });
      }),
      { numRuns: 30 },
    );
  }, 600_000);
});
