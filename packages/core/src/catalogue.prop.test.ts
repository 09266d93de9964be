import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as core from './index.js';
import type { Parser } from './parse.js';
import { catalogueArbitraries } from './testing/index.js';

const { schemaCatalogue } = core;
const exported = core as unknown as Record<string, unknown>;

const entries = Object.entries(schemaCatalogue);

describe('schema catalogue', () => {
  it('has an arbitrary for every schema', () => {
    const missing = entries.map(([name]) => name).filter((name) => !(name in catalogueArbitraries));
    expect(missing).toEqual([]);
  });

  it('exports a parseX for every schema', () => {
    const missing = entries
      .map(([name]) => `parse${name}`)
      .filter((fn) => typeof exported[fn] !== 'function');
    expect(missing).toEqual([]);
  });

  describe.each(entries)('%s', (name) => {
    const parse = exported[`parse${name}`] as Parser<unknown>;
    const arb = catalogueArbitraries[name as keyof typeof catalogueArbitraries];

    it('parse(JSON round trip of x) returns x for arbitrary valid x', () => {
      if (!arb) throw new Error(`no arbitrary for ${name}`);
      fc.assert(
        fc.property(arb, (value) => {
          const result = parse(JSON.parse(JSON.stringify(value)));
          if (!result.ok) throw new Error(result.error.message);
          expect(result.value).toEqual(value);
        }),
        { numRuns: 60 },
      );
    });

    it('returns an error value, never throws, for anything', () => {
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true }), (input) => {
          const result = parse(input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(result.error.code).toBe('invalid-input');
            expect(result.error.schema).toBe(name);
          }
        }),
        { numRuns: 100 },
      );
    });
  });
});
