/** Issue 11 regressions: each input that used to throw now returns a typed import error. */
import type { Assessment, RecordId, TenantId } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import {
  fromFhirAssessment,
  fromFhirBundle,
  fromFhirCarePlan,
  fromFhirPatient,
  fromFhirReferral,
  toFhirAssessment,
  toFhirCarePlan,
} from '../src/index.js';
import { agreedPlan, fixtureIds } from './fixtures.js';

const opts = { tenantId: fixtureIds.tenant };
const exported = JSON.parse(JSON.stringify(toFhirCarePlan(agreedPlan)));

const assessment = {
  schemaVersion: 1,
  id: 'assessment-1' as RecordId,
  tenantId: fixtureIds.tenant,
  personId: fixtureIds.person,
  instrument: { id: 'phq-9', version: '1.0.0' },
  completedAt: '2026-03-01T09:00:00Z',
  responses: [{ itemId: 'q1', value: 1 }],
  scores: { total: 1, subscales: [] },
  flags: [],
  provenance: { kind: 'scored-here' },
} as unknown as Assessment;

/** The issues of a failed import (and a failure if it succeeded). */
function issuesOf(r: { ok: boolean; error?: { code: string; issues: readonly unknown[] } }) {
  expect(r.ok).toBe(false);
  expect(r.error?.code).toBe('fhir-import-failed');
  return r.error?.issues ?? [];
}

describe('fromFhirCarePlan refuses a wrong shape instead of throwing', () => {
  it('goals: {} (not an array)', () => {
    expect(issuesOf(fromFhirCarePlan({ ...exported, goals: {} }, opts))).toContainEqual({
      code: 'invalid-element',
      path: 'input.goals',
      message: expect.stringContaining('array'),
    });
  });

  it("observations: 'x'", () => {
    expect(issuesOf(fromFhirCarePlan({ ...exported, observations: 'x' }, opts))).toContainEqual(
      expect.objectContaining({ code: 'invalid-element', path: 'input.observations' }),
    );
  });

  it('a part it does not know (a typo is not silently dropped)', () => {
    expect(
      issuesOf(fromFhirCarePlan({ ...exported, goal: exported.goals } as never, opts)),
    ).toContainEqual(expect.objectContaining({ code: 'unrepresentable', path: 'input.goal' }));
  });

  it('check-ins in the livewell details that are not check-ins', () => {
    const carePlan = structuredClone(exported.carePlan);
    const details = carePlan.extension.find((e: { url: string }) =>
      e.url.endsWith('livewell-details'),
    );
    details.valueString = JSON.stringify({
      actionPlans: [{ id: 'action-1', checkIns: [null, 3] }],
    });
    expect(issuesOf(fromFhirCarePlan({ ...exported, carePlan }, opts)).length).toBeGreaterThan(0);
  });

  it('a null input or null options', () => {
    expect(issuesOf(fromFhirCarePlan(null as never, opts))).toHaveLength(1);
    expect(issuesOf(fromFhirCarePlan(exported, null as never))).toContainEqual(
      expect.objectContaining({ path: 'options' }),
    );
    expect(
      issuesOf(fromFhirCarePlan(exported, { tenantId: 'bad tenant!' as TenantId })),
    ).toContainEqual(expect.objectContaining({ path: 'options.tenantId' }));
  });
});

describe('fromFhirAssessment refuses a wrong shape instead of throwing', () => {
  const { questionnaireResponse } = toFhirAssessment(assessment);

  it('observations missing', () => {
    expect(issuesOf(fromFhirAssessment({ questionnaireResponse } as never, opts))).toEqual([
      expect.objectContaining({ code: 'missing-element', path: 'input.observations' }),
    ]);
  });

  it('observations not an array', () => {
    expect(
      issuesOf(fromFhirAssessment({ questionnaireResponse, observations: {} } as never, opts)),
    ).toEqual([expect.objectContaining({ code: 'invalid-element', path: 'input.observations' })]);
  });
});

describe('fromFhirReferral refuses livewell details it cannot read', () => {
  it('a history entry that is null', () => {
    const r = fromFhirReferral(
      {
        serviceRequest: {
          resourceType: 'ServiceRequest',
          status: 'revoked',
          intent: 'order',
          subject: { reference: 'Patient/p1' },
          performer: [{ reference: 'HealthcareService/s1' }],
          extension: [
            {
              url: 'https://fhir.livewell.dev/StructureDefinition/livewell-details',
              valueString: '{"history":[null]}',
            },
          ],
        },
        task: { resourceType: 'Task', status: 'failed', intent: 'order' },
      },
      opts,
    );
    expect(issuesOf(r).length).toBeGreaterThan(0);
  });
});

describe('hostile objects are refused, not thrown', () => {
  it('a getter that throws', () => {
    const carePlan = { ...exported.carePlan };
    Object.defineProperty(carePlan, 'status', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(issuesOf(fromFhirCarePlan({ ...exported, carePlan }, opts))).toEqual([
      expect.objectContaining({ code: 'invalid-element', path: 'input.carePlan.status' }),
    ]);
  });

  it('a revoked proxy as the whole input', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(issuesOf(fromFhirPatient(proxy, opts))).toHaveLength(1);
  });

  it('a cycle', () => {
    const bundle: Record<string, unknown> = { resourceType: 'Bundle', type: 'collection' };
    bundle.entry = [{ resource: bundle }];
    expect(issuesOf(fromFhirBundle(bundle, opts))).toEqual([
      expect.objectContaining({ message: expect.stringContaining('cycle') }),
    ]);
  });

  it('a null-prototype object reads like a plain one', () => {
    const carePlan = Object.assign(Object.create(null), exported.carePlan);
    expect(fromFhirCarePlan({ ...exported, carePlan }, opts)).toEqual(
      fromFhirCarePlan(exported, opts),
    );
  });
});
