import { jsonValueArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotJson } from './snapshot.js';

describe('snapshotJson', () => {
  it('copies JSON data exactly, sharing nothing with the input', () => {
    fc.assert(
      fc.property(jsonValueArb, (value) => {
        const r = snapshotJson(value);
        expect(r).toEqual({ ok: true, value });
        if (r.ok && typeof value === 'object' && value !== null) expect(r.value).not.toBe(value);
      }),
    );
  });

  it('keeps a `__proto__` key as data and gives null-prototype objects a plain copy', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}}');
    const r = snapshotJson(input);
    expect(r.ok && Object.keys(r.value as object)).toEqual(['__proto__']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    const bare = Object.assign(Object.create(null), { a: 1 });
    expect(snapshotJson(bare)).toEqual({ ok: true, value: { a: 1 } });
  });

  it('drops undefined properties (absent elements) but refuses empty array slots', () => {
    expect(snapshotJson({ a: undefined, b: 1 })).toEqual({ ok: true, value: { b: 1 } });
    expect(snapshotJson([1, undefined])).toEqual({
      ok: false,
      error: { path: '[1]', message: 'an empty array slot' },
    });
  });

  it.each([
    ['a function', { a: { b: () => 1 } }, 'a.b'],
    ['a bigint', [1n], '[0]'],
    ['a symbol', { s: Symbol('x') }, 's'],
    ['NaN', { n: Number.NaN }, 'n'],
  ])('refuses %s with its path', (_what, input, path) => {
    const r = snapshotJson(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.path).toBe(path);
  });

  it('refuses nesting deeper than 64 levels without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(snapshotJson(deep)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('64') },
    });
  });

  it('reports a throwing getter at its path, and a thrown proxy as unreadable', () => {
    const input = { a: [{}, {}] };
    Object.defineProperty(input.a[1], 'b', {
      enumerable: true,
      get() {
        throw new Proxy(
          {},
          {
            getPrototypeOf: () => {
              throw new Error('x');
            },
          },
        );
      },
    });
    expect(snapshotJson(input)).toEqual({
      ok: false,
      error: { path: 'a[1].b', message: 'the input could not be read' },
    });
  });
});
