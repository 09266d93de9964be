import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkContent, chunkWords } from './chunk-content.js';
import { suggestSmallerStep } from './smaller-step.js';

const plan = (howMuch: string | undefined, howOften: string | undefined, confidence?: number) => ({
  ...(howMuch === undefined ? {} : { howMuch }),
  ...(howOften === undefined ? {} : { howOften }),
  ...(confidence === undefined ? {} : { confidence }),
  supportNeeded: [],
});

describe('suggestSmallerStep', () => {
  it.each([
    // howMuch, howOften, confidence, level, expected howMuch, expected howOften, made
    [
      '30 minutes',
      '5 days a week',
      5,
      1,
      '15 minutes',
      '2 days a week',
      ['less', 'less-often', 'with-support'],
    ],
    ['30 minutes', '5 days a week', 5, 3, '22 minutes', '3 days a week', ['less', 'less-often']],
    ['30 minutes', '5 days a week', 2, 3, '18 minutes', '3 days a week', ['less', 'less-often']],
    [
      '20 minutes',
      'every day',
      6,
      undefined,
      '12 minutes',
      '4 days a week',
      ['less', 'less-often'],
    ],
    ['1 walk', 'twice a week', 6, 4, undefined, '1 a week', ['less-often']],
    ['a short walk', 'once a week', 6, 4, undefined, undefined, ['with-support']],
  ] as const)(
    '%s, %s at confidence %d, level %s',
    (howMuch, howOften, c, level, much, often, made) => {
      const step = suggestSmallerStep(plan(howMuch, howOften, c), level);
      expect(step?.changes.howMuch).toBe(much);
      expect(step?.changes.howOften).toBe(often);
      expect(step?.made).toEqual(made);
    },
  );

  it('suggests nothing at confidence 7 or more, or when not rated', () => {
    expect(suggestSmallerStep(plan('30 minutes', 'daily', 7), 1)).toBeUndefined();
    expect(suggestSmallerStep(plan('30 minutes', 'daily'), 1)).toBeUndefined();
  });

  it('is never bigger, and lower levels never get a bigger step than higher ones', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 6 }),
        (amount, days, confidence) => {
          const p = plan(`${amount} minutes`, `${days} days a week`, confidence);
          const numberOf = (s: string | undefined, fallback: number) =>
            s === undefined ? fallback : Number(/\d+/.exec(s)?.[0]);
          let previous = 0;
          for (const level of [1, 2, 3, 4] as const) {
            const step = suggestSmallerStep(p, level);
            expect(step).toBeDefined();
            const much = numberOf(step?.changes.howMuch, amount);
            expect(much).toBeLessThanOrEqual(amount);
            expect(numberOf(step?.changes.howOften, days)).toBeLessThanOrEqual(days);
            expect(much).toBeGreaterThanOrEqual(previous);
            previous = much;
          }
        },
      ),
    );
  });
});

describe('chunkContent', () => {
  const sentenceArb = fc
    .array(fc.constantFrom('walk', 'talk', 'tea', 'group', 'Thursday', 'café'), {
      minLength: 1,
      maxLength: 20,
    })
    .map((ws) => `${ws.join(' ')}.`);

  it('keeps every sentence in order and each chunk within its size (unless one long sentence)', () => {
    fc.assert(
      fc.property(
        fc.array(sentenceArb, { maxLength: 15 }),
        fc.constantFrom('small-chunks' as const, 'detailed' as const),
        (sentences, style) => {
          const text = sentences.join(' ');
          const chunks = chunkContent(text, style);
          expect(chunks.join(' ')).toBe(text);
          for (const c of chunks) {
            const single = !/[.!?] /.test(c);
            if (!single) expect(c.split(' ').length).toBeLessThanOrEqual(chunkWords[style]);
          }
        },
      ),
    );
  });
});
