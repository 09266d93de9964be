import { describe, expect, it } from 'vitest';
import { expectValidFhir, fhirIssues } from './validate-fhir.js';

describe('the validation harness', () => {
  it('accepts a minimal valid CarePlan', () => {
    expectValidFhir({
      resourceType: 'CarePlan',
      status: 'active',
      intent: 'plan',
      subject: { reference: 'Patient/p1' },
    });
  });

  it('rejects a missing required element, an unknown property and an unbound code', () => {
    const issues = fhirIssues({
      resourceType: 'CarePlan',
      status: 'paused',
      subject: { reference: 'Patient/p1' },
      colour: 'blue',
    } as never);
    expect(issues.some((i) => i.includes('intent'))).toBe(true);
    expect(issues.some((i) => i.includes('colour'))).toBe(true);
    expect(issues.some((i) => i.includes("'paused'"))).toBe(true);
  });

  it('checks invariants (gol-1: target.detail needs target.measure)', () => {
    const issues = fhirIssues({
      resourceType: 'Goal',
      lifecycleStatus: 'active',
      description: { text: 'walk' },
      subject: { reference: 'Patient/p1' },
      target: [{ detailInteger: 3 }],
    });
    expect(issues.join('\n')).toMatch(/gol-1/);
  });
});
