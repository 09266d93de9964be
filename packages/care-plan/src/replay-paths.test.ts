import type { CarePlan, CarePlanEvent } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { person } from './bench/fixtures.js';
import { history } from './bench/history.js';
import { at, context, counterIds } from './bench/path.js';
import { applyEvents, replay } from './replay.js';
import { transition } from './transition.js';

const isDeepFrozen = (value: unknown): boolean =>
  typeof value !== 'object' ||
  value === null ||
  (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));

const rebuilt = (events: readonly CarePlanEvent[]): CarePlan => {
  const r = replay(events);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('replay folds one working copy; commands append without copying the history', () => {
  const events = history(400);

  it('gives the same deep-frozen plan for stamped events as for the same events read from JSON', () => {
    const trusted = rebuilt(events);
    const parsed = rebuilt(JSON.parse(JSON.stringify(events)));
    expect(trusted).toEqual(parsed);
    expect(isDeepFrozen(trusted)).toBe(true);
    expect(isDeepFrozen(parsed)).toBe(true);
    expect(trusted.actionPlans[0]?.checkIns.length).toBeGreaterThan(150);
  });

  it('parses a history with any event it did not stamp (a junk copy is refused)', () => {
    const [first, ...rest] = events;
    const junk: unknown = { ...rest[0], type: 'no-such-event' };
    const r = replay([first, junk, ...rest.slice(1)] as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('invalid-history');
  });

  it('applyEvents gives the replayed plan for few and for many events, deep-frozen', () => {
    const whole = rebuilt(events);
    for (const split of [events.length - 3, 60]) {
      const snapshot = rebuilt(events.slice(0, split));
      const folded = applyEvents(snapshot, events.slice(split));
      expect(folded).toEqual(whole);
      expect(isDeepFrozen(folded)).toBe(true);
      expect(snapshot).toEqual(rebuilt(events.slice(0, split)));
    }
  });

  it('a check-in on a long plan leaves the old plan alone and shares the lists it did not touch', () => {
    const plan = rebuilt(events);
    const action = plan.actionPlans[0];
    if (!action) throw new Error('no action plan');
    const before = action.checkIns.length;
    const r = transition(
      plan,
      { type: 'record-check-in', actionPlanId: action.id, progress: 'most' },
      context(at(40), person, counterIds()),
    );
    if (!r.ok) throw new Error(r.error.message);
    const next = r.value.plan;
    expect(action.checkIns).toHaveLength(before);
    expect(next.actionPlans[0]?.checkIns).toHaveLength(before + 1);
    expect(next.actionPlans[0]?.checkIns.at(-1)?.progress).toBe('most');
    expect(next.supportContacts).toBe(plan.supportContacts);
    expect(isDeepFrozen(next)).toBe(true);
    expect(rebuilt([...events, ...r.value.events])).toEqual(next);
  });
});
