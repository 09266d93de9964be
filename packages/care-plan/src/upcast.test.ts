import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay } from './replay.js';
import { upcastCarePlan, upcastCarePlanEvent } from './upcast.js';

const fixture = (name: string): unknown =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url)), 'utf8'),
  );

describe('released snapshot versions', () => {
  it('reads the v1 plan snapshot fixture', () => {
    const plan = upcastCarePlan(fixture('care-plan.v1.json'));
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.state).toBe('active');
    expect(plan.value.actionPlans[0]?.checkIns).toHaveLength(1);
    // v1 → v2: the preparation gains an (empty) list of reminders, nothing else is invented.
    expect(plan.value.schemaVersion).toBe(2);
    expect(plan.value.preparation.reminders).toEqual([]);
    expect(plan.value.preparation.letter).toBeUndefined();
  });

  it('reads the v2 fixtures (agenda, letter, reminder), and replaying the events gives the snapshot', () => {
    const snapshot = upcastCarePlan(fixture('care-plan.v2.json'));
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    expect(snapshot.value.preparation.letter?.format.format).toBe('large-print');
    expect(snapshot.value.preparation.reminders).toHaveLength(1);
    expect(snapshot.value.preparation.agenda?.topics[0]?.outcome?.kind).toBe('became-goal');
    const events = (fixture('care-plan-events.v2.json') as unknown[]).map((e) => {
      const r = upcastCarePlanEvent(e);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    });
    const rebuilt = replay(events);
    expect(rebuilt.ok && rebuilt.value).toEqual(snapshot.value);
  });

  it('reads the v1 event fixture, and replaying it gives the v1 snapshot', () => {
    const raw = fixture('care-plan-events.v1.json') as unknown[];
    const events = raw.map((e) => {
      const r = upcastCarePlanEvent(e);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    });
    const rebuilt = replay(events);
    const snapshot = upcastCarePlan(fixture('care-plan.v1.json'));
    expect(rebuilt.ok && rebuilt.value).toEqual(snapshot.ok && snapshot.value);
  });

  it('refuses versions this release does not know', () => {
    const future = { ...(fixture('care-plan.v2.json') as object), schemaVersion: 3 };
    const r = upcastCarePlan(future);
    expect(!r.ok && r.error.code).toBe('unsupported-schema-version');
    const old = upcastCarePlanEvent({ schemaVersion: 0, type: 'plan-invited' });
    expect(!old.ok && old.error.code).toBe('unsupported-schema-version');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true }), (input) => {
        expect(typeof upcastCarePlan(input).ok).toBe('boolean');
        expect(typeof upcastCarePlanEvent(input).ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
    const hostile = Object.defineProperty({}, 'schemaVersion', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    expect(upcastCarePlan(hostile).ok).toBe(false);
  });
});
