import type { Actor, CarePlan, Goal, PersonId, PractitionerId, RecordId } from '@livewell/core';
import type { Resource } from '@medplum/fhirtypes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureIds } from '../../test/fixtures.js';
import { expectValidByIndependentValidators } from '../../test/independent-validators.js';
import { smartCarePlanArb } from '../../test/journey-records.js';
import { expectValidFhir } from '../../test/validate-fhir.js';
import { fromFhirBundle } from '../bundle/import-bundle.js';
import { danglingReferences } from '../bundle/references.js';
import { toFhirTransactionBundle } from '../bundle/transaction-bundle.js';
import { toFhirCarePlan } from './export-care-plan.js';
import { toFhirGoal } from './goal.js';
import { fromFhirCarePlan } from './import-care-plan.js';

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const expectValidByBoth = (r: Resource) => {
  expectValidFhir(r);
  expectValidByIndependentValidators(r);
};
const nurse: Actor = {
  kind: 'practitioner',
  practitionerId: 'nurse-1' as PractitionerId,
  role: 'nurse',
};
const person: Actor = { kind: 'person', personId: fixtureIds.person };

const hba1cGoal: Goal = {
  id: 'g-hba1c' as RecordId,
  description: 'Bring my blood sugar (HbA1c) down',
  domain: 'biological',
  owner: 'shared',
  status: 'agreed',
  targetDate: '2027-06-01',
  measure: { what: 'HbA1c', unit: 'mmol/mol', baseline: 64, target: 53, byDate: '2027-05-01' },
  setAt: '2026-11-02T10:00:00Z',
  setBy: nurse,
};

describe('SMART goal measures ⇄ Goal.target and check-in Observations', () => {
  it('writes the measure as a target (measure, detailQuantity, dueDate) beside the target date', () => {
    const goal = toFhirGoal(hba1cGoal, fixtureIds.person as PersonId);
    expect(goal.target).toEqual([
      { dueDate: '2027-06-01' },
      {
        measure: { text: 'HbA1c' },
        detailQuantity: { value: 53, unit: 'mmol/mol' },
        dueDate: '2027-05-01',
      },
    ]);
    expect(goal.extension?.[0]?.valueString).toContain('"baseline":64');
    const phq = toFhirGoal(
      {
        ...hba1cGoal,
        targetDate: undefined,
        measure: {
          what: 'PHQ-9 score',
          unit: 'points',
          baseline: 16,
          target: 9,
          instrumentId: 'phq-9',
        },
      } as never,
      fixtureIds.person as PersonId,
    );
    expect(phq.target?.[0]?.measure?.coding?.[0]).toMatchObject({
      system: 'https://fhir.livewell.dev/CodeSystem/instrument-score/phq-9',
      code: 'total',
    });
    for (const g of [goal, phq]) expectValidByBoth(g);
  }, 300_000);

  it('writes each measured check-in as an Observation of the goal, and reads the plan back', () => {
    const fc1 = smartCarePlanArb;
    const [base] = fc.sample(fc1, { seed: 7, numRuns: 1 });
    if (!base) throw new Error('no sample');
    const plan: CarePlan = {
      ...base,
      goals: [hba1cGoal],
      actionPlans: [
        {
          id: 'ap-walk' as RecordId,
          goalId: hba1cGoal.id,
          what: 'walk after dinner',
          barriers: [],
          supportNeeded: [],
          needsRevision: false,
          checkIns: [
            {
              at: '2026-12-01T10:00:00Z',
              by: person,
              progress: 'some',
              barriers: [],
              measurement: { value: 60 },
            },
            { at: '2027-01-05T10:00:00Z', by: nurse, progress: 'most', barriers: [] },
            {
              at: '2027-02-01T10:00:00Z',
              by: nurse,
              progress: 'most',
              barriers: [],
              measurement: { value: 55, assessmentId: 'lab-1' as RecordId },
            },
          ],
          draftedAt: '2026-11-02T10:30:00Z',
        },
      ],
    };
    const out = toFhirCarePlan(plan);
    const measured = out.observations.filter((o) =>
      o.identifier?.[0]?.system?.endsWith('/Id/check-in-measurement'),
    );
    expect(
      measured.map((o) => [o.identifier?.[0]?.value, o.valueQuantity, o.effectiveDateTime]),
    ).toEqual([
      ['ap-walk#1', { value: 60, unit: 'mmol/mol' }, '2026-12-01T10:00:00Z'],
      ['ap-walk#3', { value: 55, unit: 'mmol/mol' }, '2027-02-01T10:00:00Z'],
    ]);
    expect(measured[0]?.code.text).toBe('HbA1c');
    expect(measured[1]?.derivedFrom).toEqual([
      { identifier: { system: 'https://fhir.livewell.dev/Id/assessment', value: 'lab-1' } },
    ]);
    expect(out.carePlan.extension?.find((e) => e.valueString)?.valueString).not.toContain(
      'measurement',
    );
    for (const r of [out.carePlan, ...out.goals, ...out.observations]) expectValidByBoth(r);
    const back = fromFhirCarePlan(json(out), { tenantId: plan.tenantId });
    if (!back.ok) throw new Error(JSON.stringify(back.error.issues));
    expect(back.value.goals).toEqual(plan.goals);
    expect(back.value.actionPlans[0]?.checkIns).toEqual(plan.actionPlans[0]?.checkIns);
  }, 300_000);

  it('reports a measure without its baseline, a second measure, and a measurement of no check-in', () => {
    const [plan] = fc.sample(
      smartCarePlanArb.filter((p) => p.goals.length > 0),
      { seed: 3, numRuns: 1 },
    );
    if (!plan) throw new Error('no sample');
    const withMeasure: CarePlan = {
      ...plan,
      goals: [{ ...plan.goals[0], ...{ measure: hba1cGoal.measure } } as never],
    };
    const out = json(toFhirCarePlan(withMeasure));
    const codes = (input: unknown) => {
      const r = fromFhirCarePlan(input as never, { tenantId: plan.tenantId });
      return r.ok ? [] : r.error.issues.map((i) => `${i.code} ${i.path}`);
    };
    const noBaseline = json(out);
    const goal = noBaseline.goals[0];
    if (goal)
      goal.extension = (goal.extension ?? []).filter((e) => !e.url.endsWith('livewell-details'));
    expect(codes(noBaseline).join('\n')).toMatch(/missing-element Goal\/\S+\.extension/);
    const twice = json(out);
    const g2 = twice.goals[0];
    const measuredTarget = g2?.target?.find((t) => t.measure);
    if (g2 && measuredTarget) g2.target = [measuredTarget, measuredTarget];
    expect(codes(twice).join('\n')).toMatch(/unrepresentable Goal\/\S+\.target\[1\]/);
    const stray = {
      ...json(out),
      observations: [
        ...out.observations,
        {
          resourceType: 'Observation',
          identifier: [
            { system: 'https://fhir.livewell.dev/Id/check-in-measurement', value: 'nope#9' },
          ],
          status: 'final',
          code: { text: 'x' },
          subject: { reference: `Patient/${plan.personId}` },
          valueQuantity: { value: 1 },
        },
      ],
    };
    expect(codes(stray).join('\n')).toMatch(/broken-reference Observation/);
  });

  it('export → import returns the same SMART plan; every resource passes both validators', () => {
    fc.assert(
      fc.property(smartCarePlanArb, (plan) => {
        const out = toFhirCarePlan(plan);
        for (const r of [out.carePlan, ...out.goals, ...out.observations]) expectValidByBoth(r);
        const back = fromFhirCarePlan(json(out), { tenantId: plan.tenantId });
        if (!back.ok) throw new Error(JSON.stringify(back.error.issues));
        expect(back.value).toEqual(plan);
      }),
      { numRuns: 15 },
    );
  }, 600_000);
});

describe('SMART plans in a transaction Bundle', () => {
  it('stay self-contained and read back as the same plans', () => {
    fc.assert(
      fc.property(smartCarePlanArb, (plan) => {
        const bundle = toFhirTransactionBundle({ carePlans: [plan] });
        if (!bundle.ok) throw new Error('export failed');
        expect(danglingReferences(bundle.value)).toEqual([]);
        const back = fromFhirBundle(json(bundle.value), { tenantId: plan.tenantId });
        if (!back.ok) throw new Error(JSON.stringify(back.error.issues));
        expect(back.value.carePlans).toEqual([plan]);
      }),
      { numRuns: 15 },
    );
  }, 300_000);
});
