import { describe, expect, it } from 'vitest';
import { agreedPlan, fixtureIds } from '../../test/fixtures.js';
import { expectMustSupport, ukCoreMustSupport } from '../../test/uk-core.js';
import { expectValidFhir } from '../../test/validate-fhir.js';
import { toFhirCarePlan } from './export-care-plan.js';
import { fromFhirCarePlan } from './import-care-plan.js';

const out = toFhirCarePlan(agreedPlan);
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const opts = { tenantId: fixtureIds.tenant };

describe('toFhirCarePlan (an agreed, revised plan)', () => {
  it('writes the plan as an active CarePlan replacing the previous version', () => {
    expectValidFhir(out.carePlan);
    expect(out.carePlan).toMatchObject({
      status: 'active',
      intent: 'plan',
      replaces: [{ reference: 'CarePlan/plan-1' }],
      goal: [{ reference: 'Goal/goal-1' }],
      period: { start: '2026-03-15T10:30:00Z' },
      note: [{ text: 'Being able to walk my granddaughter to school', authorReference: {} }],
    });
  });

  it('keeps an id FHIR cannot hold (person_1) in the reference identifier', () => {
    expect(out.carePlan.subject.reference).toMatch(/^Patient\/lw-[0-9a-f]{16}$/);
    expect(out.carePlan.subject.identifier?.value).toBe('person_1');
  });

  it('writes the goal in the person’s words, active and improving, with a due date', () => {
    const [goal] = out.goals;
    expect(goal).toMatchObject({
      lifecycleStatus: 'active',
      description: { text: 'Walk to the school gate without stopping' },
      achievementStatus: { coding: [{ code: 'improving' }] },
      target: [{ dueDate: '2026-06-30' }],
    });
  });

  it('writes confidence as a survey Observation pertaining to the goal', () => {
    const [obs] = out.observations;
    expect(obs?.valueInteger).toBe(8);
    expect(obs?.extension?.[0]).toEqual({
      url: 'http://hl7.org/fhir/StructureDefinition/resource-pertainsToGoal',
      valueReference: { reference: 'Goal/goal-1' },
    });
  });

  it('populates the UK Core must-support elements', () => {
    expectMustSupport(out.carePlan, ukCoreMustSupport.CarePlan);
    expectMustSupport(out.careTeam as never, ukCoreMustSupport.CareTeam);
    expectMustSupport(out.observations[0] as never, [
      'status',
      'category',
      'code',
      'subject',
      'effective[x]',
      'performer',
      'value[x]',
    ]);
  });
});

describe('fromFhirCarePlan', () => {
  it('reads the plan back exactly', () => {
    expect(fromFhirCarePlan(clone(out), opts)).toEqual({ ok: true, value: agreedPlan });
  });

  it('refuses an unknown status, an element it cannot hold and another tenant’s record', () => {
    const carePlan = {
      ...clone(out.carePlan),
      status: 'suspended',
      addresses: [{ reference: 'Condition/c1' }],
    };
    const r = fromFhirCarePlan({ ...clone(out), carePlan }, { tenantId: 'other' as never });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('fhir-import-failed');
    expect(r.error.issues.map((i) => [i.code, i.path])).toEqual(
      expect.arrayContaining([
        ['unsupported-code', 'CarePlan.status'],
        ['unrepresentable', 'CarePlan.addresses'],
      ]),
    );
  });

  it('reports a missing subject and a goal that was not supplied', () => {
    const { subject: _s, ...noSubject } = clone(out.carePlan);
    expect(fromFhirCarePlan({ carePlan: noSubject }, opts)).toMatchObject({
      ok: false,
      error: { issues: [{ code: 'missing-element', path: 'CarePlan.subject' }] },
    });
    const r = fromFhirCarePlan({ ...clone(out), goals: [] }, opts);
    expect(r.ok ? [] : r.error.issues.map((i) => i.code)).toContain('broken-reference');
  });

  it('reads a plan from another system (no livewell extensions) with defaults', () => {
    const r = fromFhirCarePlan(
      {
        carePlan: {
          resourceType: 'CarePlan',
          id: 'abc',
          status: 'on-hold',
          intent: 'plan',
          subject: { reference: 'Patient/p9' },
          created: '2026-01-01T00:00:00Z',
        },
      },
      opts,
    );
    expect(r).toMatchObject({
      ok: true,
      value: { id: 'abc', state: 'paused', personId: 'p9', revision: 1 },
    });
  });

  it('never throws on hostile input', () => {
    for (const x of [null, 42, 'CarePlan', [], { resourceType: 'Patient' }]) {
      expect(fromFhirCarePlan({ carePlan: x }, opts).ok).toBe(false);
    }
  });
});

describe('fromFhirCarePlan never drops supplied resources', () => {
  it('reports a CareTeam or confidence Observation the plan does not reference', () => {
    const noTeam = { ...clone(out.carePlan) };
    delete noTeam.careTeam;
    const r = fromFhirCarePlan({ ...clone(out), carePlan: noTeam }, opts);
    expect(r.ok ? [] : r.error.issues.map((i) => [i.code, i.path])).toEqual([
      ['unrepresentable', 'CareTeam'],
    ]);
    const noActivity = { ...clone(out.carePlan) };
    delete noActivity.activity;
    const r2 = fromFhirCarePlan({ ...clone(out), carePlan: noActivity }, opts);
    expect(r2.ok ? [] : r2.error.issues.map((i) => i.code)).toEqual(['broken-reference']);
  });
});

describe('fromFhirCarePlan and activity status', () => {
  it('refuses an activity status that does not follow from the check-ins', () => {
    const carePlan = clone(out.carePlan);
    (carePlan.activity?.[0]?.detail as { status: string }).status = 'cancelled';
    const r = fromFhirCarePlan({ ...clone(out), carePlan }, opts);
    expect(r.ok ? [] : r.error.issues.map((i) => [i.code, i.path])).toEqual([
      ['unrepresentable', 'CarePlan.activity[0].detail.status'],
    ]);
  });
});
