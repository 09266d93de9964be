import { type CarePlan, type CarePlanEvent, defineLifecycle } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { history } from './bench/history.js';
import { foldCopy } from './fold-copy.js';
import type { CarePlanTypes } from './lifecycle-types.js';
import { carePlanDefinition } from './machine.js';
import { applyEvents, replay } from './replay.js';

const isDeepFrozen = (value: unknown): boolean =>
  typeof value !== 'object' ||
  value === null ||
  (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));

/** The care-plan lifecycle folding with tiny segments, so every growing list is segmented. */
const segmented = (segment: number) =>
  defineLifecycle<CarePlanTypes>()({
    ...carePlanDefinition,
    fold: (plan, run) => foldCopy(plan, run, segment),
  });

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('replay builds long lists in segments and joins each once (foldCopy)', () => {
  const events: readonly CarePlanEvent[] = history(300);
  const whole = must(replay(events));

  it.each([1, 2, 3, 7, 64, 1000])('gives the same deep-frozen plan with segments of %i', (size) => {
    const plan = must(segmented(size).replay(events));
    expect(plan).toEqual(whole);
    expect(isDeepFrozen(plan)).toBe(true);
    expect(Array.isArray(plan.supportContacts)).toBe(true);
    expect(plan.supportContacts.length).toBeGreaterThan(100);
    expect(plan.actionPlans[0]?.checkIns.length).toBeGreaterThan(100);
  });

  it('keeps the entries in order and shares them with the events (no copies)', () => {
    const plan = must(segmented(4).replay(events));
    const contacts = events.flatMap((e) =>
      e.type === 'support-contact-recorded' ? [e.contact] : [],
    );
    expect(plan.supportContacts).toHaveLength(contacts.length);
    plan.supportContacts.forEach((c, i) => {
      expect(c).toBe(contacts[i]);
    });
  });

  it('folds onto a snapshot whose lists are already longer than a segment', () => {
    const snapshot: CarePlan = JSON.parse(JSON.stringify(must(replay(events.slice(0, 120)))));
    const rest = events.slice(120);
    const folded = foldCopy(
      snapshot,
      (start) => {
        let working = start;
        for (const event of rest) working = segmented(5).evolve(working, event);
        return working;
      },
      5,
    );
    expect(folded).toEqual(whole);
    expect(isDeepFrozen(folded)).toBe(true);
    expect(applyEvents(snapshot, rest)).toEqual(whole);
    expect(Object.isFrozen(snapshot)).toBe(false);
  });
});
