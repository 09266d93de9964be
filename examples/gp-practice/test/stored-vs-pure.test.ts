import type { CarePlan } from '@livewell/core';
import type { CarePlanRepository } from '@livewell/storage';
import { describe, expect, it } from 'vitest';

// The pure `transition` returns `{ plan: CarePlan, events }`; the store's `update` and `create`
// return what they wrote, `{ plan: Versioned<CarePlan>, events: StoredEvent[] }`. The key is the
// same, the types are not: using one where the other is meant is a compile error (checked by
// `pnpm typecheck`, which includes this file), so the mix-up cannot reach run time.
type Stored = Awaited<ReturnType<CarePlanRepository['create']>>;

function mixUps(stored: Stored, plan: CarePlan): void {
  // @ts-expect-error a stored result's plan is `{ record, version }`, not a plan
  const state: CarePlan['state'] = stored.plan.state;
  // @ts-expect-error a plan is not a stored result
  const version: number = plan.version;
  // @ts-expect-error a stored result cannot be passed on as a plan
  const asPlan: CarePlan = stored.plan;
  void [state, version, asPlan];
}

describe('stored and pure results', () => {
  it('the stored plan is the pure plan wrapped with its version', () => {
    expect(typeof mixUps).toBe('function');
  });
});
