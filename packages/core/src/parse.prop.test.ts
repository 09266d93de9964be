import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as core from './index.js';
import type { Parser } from './parse.js';
import { catalogueArbitraries, hostileArb, mutatedArb } from './testing/index.js';

const exported = core as unknown as Record<string, unknown>;
const names = Object.keys(core.schemaCatalogue);

/** JSON text of a value, or undefined when it cannot be written (hostile parts). */
function snapshot(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

describe.each(names)('parse%s at the boundary', (name) => {
  const parse = exported[`parse${name}`] as Parser<unknown>;
  const arb = catalogueArbitraries[name as keyof typeof catalogueArbitraries];

  it('answers hostile values (getters, proxies, cycles, null prototypes) with invalid-input', () => {
    fc.assert(
      fc.property(hostileArb, (input) => {
        const r = parse(input);
        if (!r.ok) expect(r.error.code).toBe('invalid-input');
      }),
      { numRuns: 60 },
    );
  });

  it('answers mutated valid values without throwing or modifying them', () => {
    if (!arb) throw new Error(`no arbitrary for ${name}`);
    fc.assert(
      fc.property(mutatedArb(arb), (input) => {
        const before = snapshot(input);
        const r = parse(input);
        expect(typeof r.ok).toBe('boolean');
        if (before !== undefined) expect(snapshot(input)).toBe(before);
      }),
      { numRuns: 60 },
    );
  });
});
