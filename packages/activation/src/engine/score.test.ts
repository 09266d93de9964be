import { instrumentDefinitionArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gad7 } from '../instruments/gad7.js';
import { phq9 } from '../instruments/phq9.js';
import { semcd6 } from '../instruments/semcd6.js';
import { compileInstrument } from './compile.js';
import { score } from './score.js';
import type { Responses } from './types.js';

const full = (prefix: string, n: number, value: number) =>
  Array.from({ length: n }, (_, i) => ({ itemId: `${prefix}-${i + 1}`, value }));

const codeOf = (responses: unknown) => {
  const r = score(gad7, responses as Responses);
  return r.ok ? 'ok' : r.error.code;
};

describe('score: bad input is a value, never a throw, never a partial score', () => {
  it.each([
    ['unknown item', [...full('gad7', 7, 1), { itemId: 'gad7-8', value: 1 }], 'unknown-item'],
    ['duplicate item', [...full('gad7', 7, 1), { itemId: 'gad7-3', value: 1 }], 'duplicate-item'],
    ['out of range', [...full('gad7', 6, 1), { itemId: 'gad7-7', value: 4 }], 'out-of-range'],
    ['negative', [...full('gad7', 6, 1), { itemId: 'gad7-7', value: -1 }], 'out-of-range'],
    ['non-integer', [...full('gad7', 6, 1), { itemId: 'gad7-7', value: 1.5 }], 'not-an-integer'],
    ['NaN', [...full('gad7', 6, 1), { itemId: 'gad7-7', value: Number.NaN }], 'not-an-integer'],
    ['Infinity', [...full('gad7', 6, 1), { itemId: 'gad7-7', value: Infinity }], 'not-an-integer'],
    ['string value', [...full('gad7', 6, 1), { itemId: 'gad7-7', value: '1' }], 'not-an-integer'],
    ['not a list', { foo: 1 }, 'malformed-responses'],
    [
      'hostile getter',
      [
        Object.defineProperty({}, 'itemId', {
          get() {
            throw new Error('boom');
          },
        }),
      ],
      'malformed-responses',
    ],
    ['null', null, 'malformed-responses'],
    ['entry without id', [...full('gad7', 7, 1), { value: 1 }], 'malformed-responses'],
    ['missing item', full('gad7', 6, 1), 'too-many-missing'],
    [
      'wrong instrument',
      { instrumentId: 'phq-9', responses: full('gad7', 7, 1) },
      'wrong-instrument',
    ],
  ])('%s', (_name, responses, code) => {
    expect(codeOf(responses)).toBe(code);
  });

  it('accepts a response set tagged with the right instrument', () => {
    expect(codeOf({ instrumentId: 'gad-7', responses: full('gad7', 7, 1) })).toBe('ok');
  });

  it('never throws, whatever the responses', () => {
    const item = fc.record({
      itemId: fc.oneof(fc.constantFrom('gad7-1', 'gad7-2', 'gad7-7'), fc.string()),
      value: fc.oneof(
        fc.integer({ min: -2, max: 5 }),
        fc.double(),
        fc.constant(null),
        fc.anything(),
      ),
    });
    fc.assert(
      fc.property(fc.oneof(fc.array(item, { maxLength: 10 }), fc.anything()), (responses) => {
        const r = score(gad7, responses as Responses);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.error).not.toHaveProperty('total');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws whatever is passed as the instrument', () => {
    fc.assert(
      fc.property(fc.anything(), (instrument) => {
        const r = score(instrument as typeof phq9, full('phq9', 9, 0));
        expect(!r.ok && r.error.code).toBe('invalid-definition');
      }),
      { numRuns: 100 },
    );
  });

  it('reports an unusable definition as unscorable', () => {
    const broken = { ...phq9, bands: phq9.bands.slice(1) };
    const r = score(broken, full('phq9', 9, 0));
    expect(!r.ok && r.error.code).toBe('invalid-definition');
  });
});

describe('compileInstrument', () => {
  it('scores exactly as score(definition, …) on generated instruments and answers', () => {
    const case_ = instrumentDefinitionArb.chain((def) =>
      fc.tuple(
        fc.constant(def),
        fc.array(
          fc.record({
            itemId: fc.constantFrom(...def.items.map((i) => i.id), 'zz'),
            value: fc.option(fc.integer({ min: -1, max: 6 }), { nil: null }),
          }),
          { maxLength: 8 },
        ),
      ),
    );
    fc.assert(
      fc.property(case_, ([def, responses]) => {
        const compiled = compileInstrument(def);
        if (!compiled.ok) throw new Error(compiled.error.message);
        expect(compiled.value.score(responses)).toEqual(score(def, responses));
      }),
      { numRuns: 150 },
    );
  });

  it('gives each call a result independent of earlier calls on the same scorer', () => {
    const c = compileInstrument(phq9);
    if (!c.ok) throw new Error('phq9 did not compile');
    const item = fc.record({
      itemId: fc.constantFrom(...phq9.items.map((i) => i.id)),
      value: fc.option(fc.integer({ min: -1, max: 4 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(item, { maxLength: 12 }), { maxLength: 8 }), (sets) => {
        for (const rs of sets) expect(c.value.score(rs)).toEqual(score(phq9, rs));
      }),
      { numRuns: 100 },
    );
  });

  it('is not confused by a re-entrant call from a getter', () => {
    const c = compileInstrument(gad7);
    if (!c.ok) throw new Error('gad7 did not compile');
    let inner: unknown;
    const sneaky = {
      get itemId() {
        inner = c.value.score(full('gad7', 7, 3));
        return 'gad7-1';
      },
      value: 0,
    };
    const outer = c.value.score([sneaky, ...full('gad7', 7, 1).slice(1)]);
    expect(outer.ok && outer.value.total).toBe(6);
    expect(inner).toMatchObject({ ok: true, value: { total: 21 } });
  });

  it('prorates a sum when the definition allows it', () => {
    const prorated = {
      ...gad7,
      flags: [],
      scoring: {
        ...gad7.scoring,
        missing: { kind: 'max-missing' as const, maxMissing: 1, prorate: true },
      },
    };
    const r = score(prorated, full('gad7', 6, 2));
    expect(r.ok && [r.value.raw, r.value.total, r.value.prorated]).toEqual([14, 14, true]);
    const two = score(prorated, full('gad7', 5, 2));
    expect(!two.ok && two.error.code).toBe('too-many-missing');
  });

  it('can score 10 000 sets with one compiled SEMCD-6', () => {
    const c = compileInstrument(semcd6);
    if (!c.ok) throw new Error('semcd6 did not compile');
    let sum = 0;
    for (let k = 0; k < 10_000; k += 1) {
      const r = c.value.score(full('semcd6', 6, (k % 10) + 1));
      if (r.ok) sum += r.value.total;
    }
    expect(sum).toBe(55_000);
  });
});
