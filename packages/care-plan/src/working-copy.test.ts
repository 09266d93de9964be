import type { CarePlan, TenantId } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { careTeam, nurse, person, personId, reception } from './bench/fixtures.js';
import { history } from './bench/history.js';
import { at, context, counterIds } from './bench/path.js';
import { replay } from './replay.js';
import { parseCarePlanStart, startCarePlan } from './start.js';
import { transition } from './transition.js';

const isDeepFrozen = (value: unknown): boolean =>
  typeof value !== 'object' ||
  value === null ||
  (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));

const rebuilt = (): CarePlan => {
  const r = replay(history(60));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('transitions copy what they touch (working-copy.ts), never the plan they are given', () => {
  it('a plan read from JSON (not frozen) is left exactly as it was, and the result is deep-frozen', () => {
    const fromJson: CarePlan = JSON.parse(JSON.stringify(rebuilt()));
    const copy = structuredClone(fromJson);
    const [action, goal] = [fromJson.actionPlans[0], fromJson.goals[0]];
    if (!action || !goal) throw new Error('no action plan or goal');
    const steps = [
      { type: 'record-check-in', actionPlanId: action.id, progress: 'most' },
      { type: 'record-support-contact', kind: 'text' },
      { type: 'change-goal-status', goalId: goal.id, status: 'paused' },
    ] as const;
    for (const command of steps) {
      const r = transition(fromJson, command, context(at(40), nurse, counterIds()));
      if (!r.ok) throw new Error(r.error.message);
      expect(fromJson).toEqual(copy);
      expect(Object.isFrozen(fromJson)).toBe(false);
      expect(isDeepFrozen(r.value.plan)).toBe(true);
    }
  });

  it('a check-in copies the action plan it adds to and shares every other value', () => {
    const plan = rebuilt();
    const action = plan.actionPlans[0];
    if (!action) throw new Error('no action plan');
    const r = transition(
      plan,
      { type: 'record-check-in', actionPlanId: action.id, progress: 'most' },
      context(at(40), person, counterIds()),
    );
    if (!r.ok) throw new Error(r.error.message);
    const next = r.value.plan;
    expect(next.actionPlans).not.toBe(plan.actionPlans);
    expect(next.actionPlans[0]?.checkIns.slice(0, -1)).toEqual(action.checkIns);
    expect(next.actionPlans[0]?.checkIns[0]).toBe(action.checkIns[0]);
    for (const key of ['goals', 'supportContacts', 'preparation', 'careTeam', 'reviews'] as const) {
      expect(next[key]).toBe(plan[key]);
    }
    expect(isDeepFrozen(next)).toBe(true);
  });
});

describe('parseCarePlanStart', () => {
  it('returns a deep-frozen start that startCarePlan takes as it is, with the same plan', () => {
    const literal = { tenantId: 't' as TenantId, personId, careTeam };
    const parsed = parseCarePlanStart(literal);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(isDeepFrozen(parsed.value)).toBe(true);
    expect(Object.isFrozen(careTeam)).toBe(false);
    const [a, b] = [parsed.value, literal].map((start) =>
      startCarePlan(start, context(at(0), reception, counterIds())),
    );
    expect(a?.ok && b?.ok).toBe(true);
    if (a?.ok && b?.ok) expect(a.value).toEqual(b.value);
  });

  it('still refuses a malformed start, parsed or not', () => {
    const bad = { tenantId: '', personId, careTeam } as never;
    expect(parseCarePlanStart(bad).ok).toBe(false);
    const r = startCarePlan(bad, context(at(0), reception, counterIds()));
    expect(r.ok || r.error.code).toBe('invalid-command');
  });
});
