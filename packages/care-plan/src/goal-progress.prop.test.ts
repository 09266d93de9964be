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

it('a step of under half a percent towards the target is towards, shown as 0% (seen in CI)', () => {
  const p = goalProgress(planWith([1]), goalWith(0, 201), '2027-03-01T00:00:00Z');
  expect(p?.direction).toBe('towards');
  expect(p?.percentOfWay).toBe(0);
});

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
      // The direction is the sign of the (unrounded) share of the way; the rounded percentage
      // never contradicts it (a step of under half a percent towards the target shows as 0).
      const share = (latest - baseline) / (target - baseline);
      expect(p?.direction).toBe(share > 0 ? 'towards' : share < 0 ? 'away' : 'no-change');
      const percent = p?.percentOfWay ?? 0;
      if (p?.direction === 'towards') expect(percent).toBeGreaterThanOrEqual(0);
      if (p?.direction === 'away') expect(percent).toBeLessThanOrEqual(0);
      if (p?.direction === 'no-change') expect(percent).toBe(0);
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
