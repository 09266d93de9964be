import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extended, forgetSpine } from './list-spine.js';

/** One step against the lists made so far: grow version `from` (an edit), or change an outside list. */
type Step =
  | { kind: 'edit'; from: number; more: number; forget: boolean; same: number | null }
  | { kind: 'outside'; from: number; change: 'push' | 'set' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      from: fc.nat(),
      more: fc.nat({ max: 2 }),
      forget: fc.boolean(),
      // The same entry object appended again (one event applied twice to a plan), or a new one.
      same: fc.option(fc.nat({ max: 2 })),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('outside' as const),
      from: fc.nat(),
      change: fc.constantFrom('push' as const, 'set' as const),
    }),
  },
);

describe('list spines (list-spine.ts): every list made is exactly its model, whatever branches', () => {
  it('edits from any earlier version, several appends in one edit, and outside lists changed by their owner', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 60 }), fc.nat({ max: 5 }), (steps, start) => {
        let made = 0;
        const entry = () => Object.freeze({ n: made++ });
        const pool = [entry(), entry(), entry()];
        const first = Array.from({ length: start }, entry);
        // Frozen lists (a plan this package made) and unfrozen ones (a plan from outside).
        const lists: unknown[][] = [Object.freeze([...first]) as unknown[], [...first]];
        const models: unknown[][] = [[...first], [...first]];
        for (const step of steps) {
          const i = step.from % lists.length;
          const [list, model] = [lists[i] as unknown[], models[i] as unknown[]];
          if (step.kind === 'outside') {
            if (Object.isFrozen(list)) continue;
            const e = entry();
            if (step.change === 'push') list.push(e);
            else if (list.length > 0) list[0] = e;
            if (step.change === 'push') model.push(e);
            else if (model.length > 0) model[0] = e;
            continue;
          }
          const e = step.same === null ? entry() : pool[step.same];
          const next = extended(list, e);
          const expected = [...model, e];
          // More appends in the same edit push onto the new list, as appendTo does.
          if (step.more > 0) forgetSpine(next);
          for (let k = 0; k < step.more; k++) {
            const extra = entry();
            next.push(extra);
            expected.push(extra);
          }
          if (step.forget) forgetSpine(next);
          expect(next).not.toBe(list);
          lists.push(Object.freeze(next) as unknown[]);
          models.push(expected);
          expect(list).toEqual(model);
        }
        for (const [i, list] of lists.entries()) {
          expect(list).toHaveLength(models[i]?.length ?? -1);
          for (const [j, value] of list.entries()) expect(value).toBe(models[i]?.[j]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a list made from a spine is its exact length and unfrozen until its edit freezes it', () => {
    const base = Object.freeze([1, 2, 3]);
    const a = extended(base, 4);
    const b = extended(base, 5);
    expect([a, b]).toEqual([
      [1, 2, 3, 4],
      [1, 2, 3, 5],
    ]);
    expect(Object.isFrozen(a)).toBe(false);
    expect(extended(Object.freeze(a), 6)).toEqual([1, 2, 3, 4, 6]);
    expect(extended(Object.freeze(b), 7)).toEqual([1, 2, 3, 5, 7]);
  });
});
