import type { InstrumentDefinition } from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gad2 } from '../instruments/gad2.js';
import { gad7 } from '../instruments/gad7.js';
import { phq2 } from '../instruments/phq2.js';
import { phq9 } from '../instruments/phq9.js';
import { semcd6 } from '../instruments/semcd6.js';
import { shippedInstruments } from '../instruments/shipped.js';
import { buildHostile, hostileRecipeArb } from '../test-support/hostile.js';
import { responsesFor, richInstrumentArb } from '../test-support/instruments.js';
import { generalScorer } from './compile.js';
import { planOf } from './compiled-plan.js';
import { defineInstrument } from './define-instrument.js';
import { scoreByReference } from './reference-score.js';
import { specialisedPlanOf } from './specialised-plan.js';
import { specialisedScorer } from './specialised-scorer.js';
import type { Responses } from './types.js';

// The scorer specialised per definition must give exactly what the general compiled scorer and
// the reference scorer give, read each property of the input the same number of times, and never
// throw (issue 18: scoring close to a tight loop without changing a single outcome).

/** Both compiled scorers of a checked definition; fails when it has no specialised form. */
function both(def: InstrumentDefinition) {
  const checked = defineInstrument(def);
  if (!checked.ok) throw new Error(checked.error.message);
  const plan = planOf(checked.value);
  const sp = specialisedPlanOf(plan);
  if (!sp) throw new Error(`${def.id} has no specialised scorer`);
  return { general: generalScorer(plan), specialised: specialisedScorer(plan, sp) };
}

/** Generated definitions the specialised scorer takes (no subscales). */
const specialisableArb = richInstrumentArb.map((def) => ({ ...def, subscales: [] }));

/** Valid answers to every item in item order, then reordered, cut short or extended. */
const orderedFor = (def: InstrumentDefinition): fc.Arbitrary<unknown> => {
  const values = def.scales.flatMap((s) => s.options.map((o) => o.value));
  const answer = fc.option(fc.constantFrom(...values), { nil: null, freq: 6 });
  const inOrder = fc.tuple(
    ...def.items.map((item) => answer.map((value) => ({ itemId: item.id, value }))),
  );
  return inOrder.chain((rs) =>
    fc.oneof(
      fc.constant(rs),
      fc.integer({ min: 0, max: rs.length }).map((n) => rs.slice(0, n)),
      fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }),
      fc
        .tuple(fc.nat({ max: rs.length }), fc.anything())
        .map(([at, extra]) => [...rs.slice(0, at), extra, ...rs.slice(at)]),
      fc.constant([...rs, rs[0]]),
    ),
  );
};

describe('the specialised scorer', () => {
  it('serves every shipped instrument without subscales', () => {
    for (const def of [phq9, semcd6, phq2, gad7, gad2]) expect(() => both(def)).not.toThrow();
  });

  it.each(Object.values(shippedInstruments).filter((d) => d.subscales.length === 0))(
    'equals the general scorer and the reference on shipped $shortName',
    (def) => {
      const { general, specialised } = both(def);
      fc.assert(
        fc.property(fc.oneof(responsesFor(def), orderedFor(def)), (responses) => {
          const got = specialised(responses as Responses);
          expect(got).toEqual(general(responses as Responses));
          expect(got).toEqual(scoreByReference(def, responses));
        }),
        { numRuns: 400 },
      );
    },
  );

  it('equals the general scorer on generated instruments (every rule, gaps, reverse items, every kind of flag)', () => {
    const case_ = specialisableArb.chain((def) =>
      fc.tuple(fc.constant(def), fc.oneof(responsesFor(def), orderedFor(def))),
    );
    fc.assert(
      fc.property(case_, ([def, responses]) => {
        const { general, specialised } = both(def);
        const got = specialised(responses as Responses);
        expect(got).toEqual(general(responses as Responses));
        expect(got).toEqual(scoreByReference(def, responses));
      }),
      { numRuns: 500 },
    );
  });

  it('reads each property of the input exactly as the general scorer does', () => {
    const case_ = specialisableArb.chain((def) =>
      fc.tuple(fc.constant(def), fc.oneof(orderedFor(def), responsesFor(def))),
    );
    /** The list with every entry's properties behind logging getters, and the log. */
    const watched = (responses: unknown) => {
      const log: string[] = [];
      if (!Array.isArray(responses)) return { list: responses, log };
      const list = responses.map((entry, r) => {
        if (entry === null || typeof entry !== 'object') return entry;
        const copy = {};
        for (const key of Object.keys(entry))
          Object.defineProperty(copy, key, {
            get: () => {
              log.push(`${r}.${key}`);
              return (entry as Record<string, unknown>)[key];
            },
            enumerable: true,
          });
        return copy;
      });
      const proxy = new Proxy(list, {
        get: (target, key, receiver) => {
          if (key === 'length' || typeof key === 'string') log.push(`list.${String(key)}`);
          return Reflect.get(target, key, receiver);
        },
      });
      return { list: proxy, log };
    };
    fc.assert(
      fc.property(case_, ([def, responses]) => {
        const { general, specialised } = both(def);
        const a = watched(responses);
        const b = watched(responses);
        expect(specialised(a.list as Responses)).toEqual(general(b.list as Responses));
        expect(a.log).toEqual(b.log);
      }),
      { numRuns: 300 },
    );
  });

  it('gives hostile values the general scorer’s outcome, without throwing', () => {
    const { general, specialised } = both(phq9);
    fc.assert(
      fc.property(hostileRecipeArb, (name) => {
        const got = specialised(buildHostile(name) as Responses);
        const expected = general(buildHostile(name) as Responses);
        expect(got.ok).toBe(expected.ok);
        if (!got.ok && !expected.ok) expect(got.error).toEqual(expected.error);
      }),
      { numRuns: 100 },
    );
  });

  it('calls a bigint, a symbol or a string value not-an-integer, and a null entry malformed', () => {
    const { specialised } = both(phq9);
    const rs = (value: unknown) =>
      phq9.items.map((item, i) => ({ itemId: item.id, value: i === 3 ? value : 1 }));
    for (const value of [10n, Symbol('x'), '1', 1.5, Number.NaN]) {
      const r = specialised(rs(value) as Responses);
      expect(!r.ok && [r.error.code, r.error.itemId]).toEqual(['not-an-integer', 'phq9-4']);
    }
    const holed = [...rs(1)];
    holed[2] = null as never;
    const r = specialised(holed as Responses);
    expect(!r.ok && [r.error.code, r.error.message]).toEqual([
      'malformed-responses',
      'Response 2 is not { itemId, value }.',
    ]);
  });

  it('is not confused by a re-entrant call from a getter mid-list', () => {
    const { specialised } = both(semcd6);
    const full = (v: number) => semcd6.items.map((item) => ({ itemId: item.id, value: v }));
    let inner: unknown;
    const sneaky = {
      itemId: 'semcd6-3',
      get value() {
        inner = specialised(full(10) as Responses);
        return 2;
      },
    };
    const list = full(4);
    list[2] = sneaky as never;
    const outer = specialised(list as Responses);
    expect(outer.ok && outer.value.total).toBe(3.67);
    expect(inner).toMatchObject({ ok: true, value: { total: 10 } });
  });
});
