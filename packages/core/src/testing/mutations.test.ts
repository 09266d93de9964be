import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mutateAt, mutatedJsonArb, valueMutationArb, valuePaths } from './mutations.js';

describe('value mutations', () => {
  const value = { a: [1, { b: 'x' }], c: null };

  it('lists every path inside a value, the root first', () => {
    expect(valuePaths(value)).toEqual([[], ['a'], ['a', 0], ['a', 1], ['a', 1, 'b'], ['c']]);
    expect(valuePaths('x')).toEqual([[]]);
  });

  it('changes a copy at the path, or removes the key, and never the input', () => {
    const before = structuredClone(value);
    expect(mutateAt(value, ['a', 1, 'b'], () => ({ value: 'y' }))).toEqual({
      a: [1, { b: 'y' }],
      c: null,
    });
    expect(mutateAt(value, ['c'], () => ({ remove: true }))).toEqual({ a: [1, { b: 'x' }] });
    expect(mutateAt(value, ['a', 0], (_, siblings) => ({ value: siblings[1] }))).toEqual({
      a: [{ b: 'x' }, { b: 'x' }],
      c: null,
    });
    expect(mutateAt(value, [], () => ({ value: 3 }))).toBe(3);
    expect(value).toEqual(before);
  });

  it('grows strings to the lengths asked for, and either side of them', () => {
    const lengths = new Set<number>();
    fc.assert(
      fc.property(valueMutationArb([1000]), (change) => {
        const next = change('abc', []).value;
        if (typeof next === 'string' && /^abc+$/.test(next)) lengths.add(next.length);
      }),
      { numRuns: 3000, seed: 7 },
    );
    expect([999, 1000, 1001].filter((n) => lengths.has(n))).not.toEqual([]);
  });

  it('mutated values differ from the valid value they came from', () => {
    let changed = 0;
    fc.assert(
      fc.property(mutatedJsonArb(fc.constant(value)), (input) => {
        if (JSON.stringify(input) !== JSON.stringify(value)) changed++;
      }),
      { numRuns: 200, seed: 3 },
    );
    expect(changed).toBeGreaterThan(100);
  });
});
