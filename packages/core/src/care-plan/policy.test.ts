import { describe, expect, it } from 'vitest';
import { CarePlanPolicySchema, defaultCarePlanPolicy } from './policy.js';

// defaultCarePlanPolicy is written out (not parsed at import, for cold start): it must stay
// exactly what the schema gives for an empty policy.
describe('defaultCarePlanPolicy', () => {
  it('is what CarePlanPolicySchema gives for {} (same values, same key order)', () => {
    const parsed = CarePlanPolicySchema.parse({});
    expect(defaultCarePlanPolicy).toStrictEqual(parsed);
    expect(JSON.stringify(defaultCarePlanPolicy)).toBe(JSON.stringify(parsed));
  });

  it('is frozen, with a frozen empty list of system actors', () => {
    expect(Object.isFrozen(defaultCarePlanPolicy)).toBe(true);
    expect(Object.isFrozen(defaultCarePlanPolicy.systemActors)).toBe(true);
    expect(defaultCarePlanPolicy.systemActors).toEqual([]);
  });

  it('parses as a valid policy', () => {
    expect(CarePlanPolicySchema.safeParse(defaultCarePlanPolicy).success).toBe(true);
  });
});
