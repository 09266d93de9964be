import type { ActionPlan, Goal, RecordId } from '@livewell/core';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { goalProgress } from './goal-progress.js';
import { actors } from './test-support/scenario.js';

const goalWith = (baseline: number, target: number): Goal => ({
  id: 'g' as RecordId,
  description: 'd',
  domain: 'biological',
  owner: 'person',
  status: 'agreed',
  measure: { what: 'x', unit: 'u', baseline, target },
  setAt: '2027-01-01T00:00:00Z',
  setBy: actors.nurse,
});

const planWith = (values: number[]): { actionPlans: ActionPlan[] } => ({
  actionPlans: [
    {
      id: 'a' as RecordId,
      goalId: 'g' as RecordId,
      what: 'w',
      barriers: [],
      supportNeeded: [],
      needsRevision: false,
      checkIns: values.map((value, day) => ({
        at: `2027-02-${String(day + 1).padStart(2, '0')}T09:00:00Z`,
        by: actors.person,
        progress: 'some',
        barriers: [],
        measurement: { value },
      })),
      draftedAt: '2027-01-01T00:00:00Z',
    },
  ],
});

const measures = fc
  .tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 }))
  .filter(([b, t]) => b !== t);
const values = fc.array(fc.integer({ min: -2000, max: 2000 }), { minLength: 1, maxLength: 20 });

it('progress follows the latest measurement, whatever the direction of the goal', () => {
  fc.assert(
    fc.property(measures, values, ([baseline, target], vs) => {
      const p = goalProgress(planWith(vs), goalWith(baseline, target), '2027-03-01T00:00:00Z');
      const latest = vs.at(-1) ?? 0;
      expect(p?.latest?.value).toBe(latest);
      expect(p?.measurements).toBe(vs.length);
      // Reached exactly when the latest value is at or beyond the target, on the target's side.
      const beyond = target < baseline ? latest <= target : latest >= target;
      expect(p?.reached).toBe(beyond);
      // Towards ⇔ the share of the way is positive.
      expect(p?.direction === 'towards').toBe((p?.percentOfWay ?? 0) > 0);
      if (p?.reached) expect(p?.percentOfWay).toBeGreaterThanOrEqual(100);
    }),
  );
});

it('mirroring the scale (negating every number) changes nothing but the signs of values', () => {
  fc.assert(
    fc.property(measures, values, ([baseline, target], vs) => {
      const at = '2027-03-01T00:00:00Z';
      const p = goalProgress(planWith(vs), goalWith(baseline, target), at);
      const q = goalProgress(planWith(vs.map((v) => -v)), goalWith(-baseline, -target), at);
      expect(q?.direction).toBe(p?.direction);
      expect(q?.reached).toBe(p?.reached);
      expect(q?.percentOfWay).toBe(p?.percentOfWay);
    }),
  );
});
