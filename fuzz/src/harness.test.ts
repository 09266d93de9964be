import { parsePerson } from '@livewell/core';
import { personArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntryPoint } from './catalogue/entry.js';
import { deepCopy, NotCopyable } from './inputs/copy.js';
import { buildCase, type FuzzCase } from './inputs/fuzzed-args.js';
import { buildHostile, HostileValueError } from './inputs/hostile.js';
import { applyMutation } from './inputs/mutate.js';
import { checkCase, FuzzFailure } from './run/check.js';

/** A made-up entry point for testing the harness itself. */
const fake = (call: (args: readonly unknown[]) => unknown): EntryPoint => ({
  module: '@livewell/core',
  name: 'fake',
  family: 'core-parse',
  valid: fc.constant([{ a: 1 }]),
  outside: [0],
  typedError: 'result',
  call,
});
const nullCase: FuzzCase = { valid: [{ a: 1 }], at: 0, input: { kind: 'json', value: null } };

describe('the harness catches what it promises to catch', () => {
  it('a throw fails, naming the entry point, the error and the input', async () => {
    const entry = fake((args) => (args[0] as { a: number }).a);
    await expect(checkCase(entry, nullCase)).rejects.toThrow(
      /@livewell\/core#fake threw TypeError[\s\S]*input: arg 0: replaced \(json\)/,
    );
  });

  it('a value that is not the typed error fails', async () => {
    await expect(
      checkCase(
        fake(() => 42),
        nullCase,
      ),
    ).rejects.toBeInstanceOf(FuzzFailure);
  });

  it('a mutated argument fails', async () => {
    const entry = fake((args) => {
      (args[0] as { a: number }).a = 2;
      return { ok: true, value: 1 };
    });
    const valid: FuzzCase = { ...nullCase, input: { kind: 'valid' } };
    await expect(checkCase(entry, valid)).rejects.toThrow(/mutated argument 0/);
  });

  it('a refusal that changed the state fails', async () => {
    let stored = 0;
    const { call: _call, ...base } = fake(() => 0);
    const entry: EntryPoint = {
      ...base,
      session: async () => ({
        call: () => {
          stored += 1;
          return { ok: false, error: { code: 'invalid-input' } };
        },
        snapshot: async () => stored,
      }),
    };
    await expect(checkCase(entry, nullCase)).rejects.toThrow(
      /refused \(invalid-input\) but changed/,
    );
  });

  it('a well-behaved parser passes on hostile and valid input alike', async () => {
    const entry = fake((args) => parsePerson(args[0]));
    for (const kind of ['throwing-proxy', 'revoked-proxy', 'throwing-conversions'] as const) {
      const hostile = kind === 'throwing-proxy' ? { kind, target: 'object' as const } : { kind };
      await checkCase(entry, { ...nullCase, input: { kind: 'hostile', hostile } });
    }
    const [person] = fc.sample(personArb, { numRuns: 1, seed: 3 });
    await checkCase(entry, { valid: [person], at: 0, input: { kind: 'valid' } });
  });
});

describe('hostile values are what they say', () => {
  it('a throwing proxy throws on every trap; a throwing getter on reading', () => {
    const proxy = buildHostile({ kind: 'throwing-proxy', target: 'object' }) as Record<
      string,
      unknown
    >;
    expect(() => proxy.x).toThrow(HostileValueError);
    expect(() => Object.keys(proxy)).toThrow(HostileValueError);
    expect(() => 'x' in proxy).toThrow(HostileValueError);
    const getter = buildHostile({ kind: 'throwing-getter', base: { a: 1 }, key: 'id' }) as {
      id: unknown;
    };
    expect(() => getter.id).toThrow(HostileValueError);
  });

  it('cycles, own __proto__ keys, holes and null prototypes are built for real', () => {
    const cyclic = buildHostile({ kind: 'cyclic-object', base: {}, key: 'self' }) as {
      self: unknown;
    };
    expect(cyclic.self).toBe(cyclic);
    const own = buildHostile({ kind: 'own-key', key: '__proto__', value: { polluted: true } });
    expect(Object.hasOwn(own as object, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(own)).toBe(Object.prototype);
    const sparse = buildHostile({ kind: 'sparse-array', length: 3, items: [1, 2, 3] }) as unknown[];
    expect(1 in sparse).toBe(false);
    const bare = buildHostile({ kind: 'null-prototype', value: { a: { b: 1 } } });
    expect(Object.getPrototypeOf(bare)).toBeNull();
  });
});

describe('copies and mutations never touch the generated values', () => {
  it('deepCopy keeps null prototypes, -0, holes and cycles, and refuses proxies and getters', () => {
    const holes: unknown[] = [1, 2, 3];
    delete holes[1];
    const source: Record<string, unknown> = Object.assign(Object.create(null), { z: -0, h: holes });
    source.me = source;
    const copy = deepCopy(source);
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(Object.is(copy.z, -0)).toBe(true);
    expect(1 in (copy.h as unknown[])).toBe(false);
    expect(copy.me).toBe(copy);
    expect(() => deepCopy(new Proxy({}, {}))).toThrow(NotCopyable);
    expect(() => deepCopy(Object.defineProperty({}, 'x', { get: () => 1 }))).toThrow(NotCopyable);
  });

  it('building a case leaves the valid arguments as generated', () => {
    const valid = [{ a: { b: [1, 2] } }];
    const before = structuredClone(valid);
    buildCase({
      valid,
      at: 0,
      input: { kind: 'mutated', mutations: [{ steps: [0, 0, 1], op: { op: 'delete' } }] },
    });
    expect(valid).toEqual(before);
  });

  it('a mutation walks to the chosen place and changes only that', () => {
    const out = applyMutation({ a: { b: 'x', c: 1 } }, { steps: [0, 1], op: { op: 'retype' } });
    expect(out.path).toBe('a.c');
    expect(out.root).toEqual({ a: { b: 'x', c: '1' } });
  });
});

describe('mutations survive what earlier mutations did', () => {
  it('deleting from an array whose constructor key was replaced does not throw', () => {
    const root = { list: [1, 2, 3] };
    applyMutation(root, { steps: [0], op: { op: 'add-key', key: 'constructor', value: 1 } });
    expect(() => applyMutation(root, { steps: [0, 1], op: { op: 'delete' } })).not.toThrow();
  });
});
