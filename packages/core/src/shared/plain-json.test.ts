import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileArb } from '../testing/hostile.js';
import { readPlainJson } from './plain-json.js';

describe('readPlainJson', () => {
  it('copies JSON data exactly, into fresh objects', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const input = JSON.parse(JSON.stringify(value)) as unknown;
        const r = readPlainJson(input, 'Value');
        if (!r.ok) throw new Error(r.error.message);
        expect(r.value).toEqual(input);
        if (typeof input === 'object' && input !== null) expect(r.value).not.toBe(input);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps "__proto__" as an own key without touching any prototype', () => {
    const r = readPlainJson(JSON.parse('{"__proto__":{"polluted":true},"a":1}'), 'Value');
    if (!r.ok) throw new Error(r.error.message);
    expect(Object.keys(r.value as object)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops undefined properties as JSON does, and refuses what JSON cannot hold', () => {
    expect(readPlainJson({ a: undefined, b: 1 }, 'V')).toEqual({ ok: true, value: { b: 1 } });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const bad of [NaN, Infinity, 1n, () => 1, Symbol('s'), new Date(), new Map(), cyclic]) {
      const r = readPlainJson({ x: [bad] }, 'V');
      expect(r.ok ? 'ok' : r.error.issues[0]?.code).toBe('not-json');
    }
    const deep = JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`) as unknown;
    expect(readPlainJson(deep, 'V').ok).toBe(false);
    expect(readPlainJson(new Array(1_000_000), 'V', { maxNodes: 1000 }).ok).toBe(false);
  });

  it('a shared (non-cyclic) object is copied at each place', () => {
    const shared = { x: 1 };
    expect(readPlainJson({ a: shared, b: [shared] }, 'V')).toEqual({
      ok: true,
      value: { a: { x: 1 }, b: [{ x: 1 }] },
    });
  });

  it('never throws on anything or on hostile values', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything({ withNullPrototype: true, withBoxedValues: true }), hostileArb),
        (input) => {
          const r = readPlainJson(input, 'V');
          if (!r.ok) expect(r.error.code).toBe('invalid-input');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
