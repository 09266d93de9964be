import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gad7 } from '../instruments/gad7.js';
import { compileInstrument } from './compile.js';

const compiled = (def: typeof gad7) => {
  const c = compileInstrument(def);
  if (!c.ok) throw new Error(c.error.message);
  return c.value;
};

const gadItemIds = gad7.items.map((i) => i.id);

describe('reading responses in the compiled scorer', () => {
  it('rejects a value between the lowest and highest option that is not an option', () => {
    const gapped = {
      ...gad7,
      scales: [
        {
          id: 'frequency-0-3',
          options: [
            { value: 0, label: 'Never' },
            { value: 1, label: 'Sometimes' },
            { value: 3, label: 'Always' },
          ],
        },
      ],
    };
    const scorer = compiled(gapped);
    const withValue = (v: number) => gadItemIds.map((itemId, i) => ({ itemId, value: i ? 1 : v }));
    const two = scorer.score(withValue(2));
    expect(!two.ok && [two.error.code, two.error.itemId]).toEqual(['out-of-range', 'gad7-1']);
    const three = scorer.score(withValue(3));
    expect(three.ok && three.value.total).toBe(9);
  });

  it('gives the plain sum whatever order the items come in', () => {
    const scorer = compiled(gad7);
    const answers = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 7, maxLength: 7 });
    const order = fc.shuffledSubarray(gadItemIds, { minLength: 7, maxLength: 7 });
    fc.assert(
      fc.property(answers, order, (values, ids) => {
        const responses = ids.map((itemId) => ({
          itemId,
          value: values[gadItemIds.indexOf(itemId)] as number,
        }));
        const r = scorer.score(responses);
        expect(r.ok && r.value.total).toBe(values.reduce((a, b) => a + b, 0));
      }),
      { numRuns: 200 },
    );
  });

  it('finds a duplicate or unknown item whether or not it sits at an item position', () => {
    const scorer = compiled(gad7);
    const inOrder = gadItemIds.map((itemId) => ({ itemId, value: 1 }));
    const dup = scorer.score([...inOrder.slice(0, 3), { itemId: 'gad7-3', value: 1 }]);
    expect(!dup.ok && [dup.error.code, dup.error.itemId]).toEqual(['duplicate-item', 'gad7-3']);
    const moved = scorer.score([{ itemId: 'gad7-2', value: 1 }, ...inOrder.slice(1)]);
    expect(!moved.ok && moved.error.code).toBe('duplicate-item');
    const unknown = scorer.score([...inOrder.slice(0, 6), { itemId: 'gad7-70', value: 1 }]);
    expect(!unknown.ok && [unknown.error.code, unknown.error.itemId]).toEqual([
      'unknown-item',
      'gad7-70',
    ]);
    const proto = scorer.score([...inOrder.slice(0, 6), { itemId: 'toString', value: 1 }]);
    expect(!proto.ok && proto.error.code).toBe('unknown-item');
  });
});
