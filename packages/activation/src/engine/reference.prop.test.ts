import type { InstrumentDefinition } from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gad7 } from '../instruments/gad7.js';
import { shippedInstruments } from '../instruments/shipped.js';
import { responsesFor, richInstrumentArb } from '../test-support/instruments.js';
import { compileInstrument } from './compile.js';
import { defineInstrument } from './define-instrument.js';
import { referenceScore } from './reference.js';
import { scoreByReference } from './reference-score.js';
import { score } from './score.js';
import type { Responses } from './types.js';

const compiled = (def: InstrumentDefinition) => {
  const c = compileInstrument(def);
  if (!c.ok) throw new Error(c.error.message);
  return c.value;
};

describe('the compiled scorer returns exactly what the reference scorer returns', () => {
  it.each(Object.values(shippedInstruments))('on shipped $shortName', (def) => {
    const scorer = compiled(def);
    fc.assert(
      fc.property(responsesFor(def), (responses) => {
        const expected = scoreByReference(def, responses);
        expect(scorer.score(responses as Responses)).toEqual(expected);
        expect(score(def, responses as Responses)).toEqual(expected);
        expect(referenceScore(def, responses as Responses)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('on generated instruments (every rule, subscales, gaps, item, unanswered and total flags)', () => {
    const case_ = richInstrumentArb.chain((def) => fc.tuple(fc.constant(def), responsesFor(def)));
    fc.assert(
      fc.property(case_, ([def, responses]) => {
        const checked = defineInstrument(def);
        if (!checked.ok) throw new Error(checked.error.message);
        expect(compiled(def).score(responses as Responses)).toEqual(
          scoreByReference(def, responses),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('with weights that are not whole numbers, whatever the order of the responses', () => {
    const weightsArb = fc.array(fc.constantFrom(0.1, 0.2, 0.3, 0.7, 1.1, 2.5), {
      minLength: 7,
      maxLength: 7,
    });
    const case_ = weightsArb.chain((ws) => {
      const max = Math.round(ws.reduce((a, w) => a + 3 * w, 0) * 100) / 100;
      const def: InstrumentDefinition = {
        ...gad7,
        scoring: {
          ...gad7.scoring,
          rule: {
            method: 'weighted-sum',
            weights: gad7.items.map((i, k) => ({ itemId: i.id, weight: ws[k] ?? 1 })),
          },
          decimals: 2,
          range: { min: 0, max },
          missing: { kind: 'max-missing', maxMissing: 2, prorate: true },
        },
        bands: [],
        flags: [],
      };
      const answers = fc.tuple(
        ...gad7.items.map((i) =>
          fc.integer({ min: 0, max: 3 }).map((value) => ({ itemId: i.id, value })),
        ),
      );
      const shuffled = answers.chain((rs) => fc.shuffledSubarray(rs, { minLength: 5 }));
      return fc.tuple(fc.constant(def), fc.oneof(shuffled, responsesFor(def)));
    });
    fc.assert(
      fc.property(case_, ([def, responses]) => {
        expect(compiled(def).score(responses as Responses)).toEqual(
          scoreByReference(def, responses),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('score() compiles each definition once', () => {
  it('gives the cached scorer the same answers as a fresh compile, call after call', () => {
    const def = { ...gad7 };
    const fresh = compiled(def);
    fc.assert(
      fc.property(fc.array(responsesFor(def), { maxLength: 5 }), (sets) => {
        for (const rs of sets)
          expect(score(def, rs as Responses)).toEqual(fresh.score(rs as Responses));
      }),
      { numRuns: 100 },
    );
  });
});
