import fc from 'fast-check';

/** Plain-data recipes for hostile values; {@link buildHostile} makes a fresh one per call. */
export type Hostile =
  | {
      readonly kind: 'throwing-getter';
      readonly base: Record<string, unknown>;
      readonly key: string;
    }
  | { readonly kind: 'throwing-proxy'; readonly target: 'object' | 'array' | 'function' }
  | { readonly kind: 'revoked-proxy' }
  | { readonly kind: 'cyclic-object'; readonly base: Record<string, unknown>; readonly key: string }
  | { readonly kind: 'cyclic-array'; readonly items: readonly unknown[] }
  | { readonly kind: 'null-prototype'; readonly value: unknown }
  | { readonly kind: 'huge-string'; readonly length: number; readonly unit: string }
  | { readonly kind: 'huge-array'; readonly length: number; readonly item: unknown }
  | { readonly kind: 'own-key'; readonly key: string; readonly value: unknown }
  | { readonly kind: 'sparse-array'; readonly length: number; readonly items: readonly unknown[] }
  | { readonly kind: 'throwing-conversions' }
  | { readonly kind: 'throwing-iterator'; readonly items: readonly unknown[] }
  | { readonly kind: 'special-number'; readonly value: number };

/** The error hostile values throw, so a report can tell it from a livewell bug. */
export class HostileValueError extends Error {
  override readonly name = 'HostileValueError';
}

const boom = (what: string) => (): never => {
  throw new HostileValueError(`hostile ${what}`);
};

const trapNames = [
  'get',
  'set',
  'has',
  'deleteProperty',
  'ownKeys',
  'getOwnPropertyDescriptor',
  'defineProperty',
  'getPrototypeOf',
  'setPrototypeOf',
  'isExtensible',
  'preventExtensions',
  'apply',
  'construct',
] as const;

/** A Proxy that throws on every trap. */
export function throwingProxy(target: object): object {
  const handler: ProxyHandler<object> = {};
  for (const trap of trapNames) Object.assign(handler, { [trap]: boom(`proxy trap ${trap}`) });
  return new Proxy(target, handler);
}

/** Copies plain data with every object's prototype set to `null`. */
export function withNullPrototypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withNullPrototypes);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = Object.create(null);
  for (const [k, v] of Object.entries(value)) out[k] = withNullPrototypes(v);
  return out;
}

/** Sets `key` as an own data property, even `__proto__`. */
export function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Builds a fresh hostile value from its recipe. */
export function buildHostile(h: Hostile): unknown {
  switch (h.kind) {
    case 'throwing-getter': {
      const out = structuredClone(h.base);
      Object.defineProperty(out, h.key, { get: boom(`getter ${h.key}`), enumerable: true });
      return out;
    }
    case 'throwing-proxy':
      return throwingProxy(h.target === 'array' ? [] : h.target === 'function' ? () => 0 : {});
    case 'revoked-proxy': {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    }
    case 'cyclic-object': {
      const out: Record<string, unknown> = structuredClone(h.base);
      out[h.key] = out;
      return out;
    }
    case 'cyclic-array': {
      const out: unknown[] = structuredClone([...h.items]);
      out.push(out);
      return out;
    }
    case 'null-prototype':
      return withNullPrototypes(h.value);
    case 'huge-string':
      return h.unit.repeat(Math.ceil(h.length / Math.max(1, h.unit.length)));
    case 'huge-array': {
      // One item shared by every slot: as hostile to the callee, and copying it stays cheap.
      const item = structuredClone(h.item);
      return Array.from({ length: h.length }, () => item);
    }
    case 'own-key': {
      const out = {};
      defineOwn(out, h.key, structuredClone(h.value));
      return out;
    }
    case 'sparse-array': {
      const out: unknown[] = new Array(h.length);
      h.items.forEach((item, i) => {
        if (i % 2 === 0 && i < h.length) out[i] = structuredClone(item);
      });
      return out;
    }
    case 'throwing-conversions':
      return {
        toString: boom('toString'),
        valueOf: boom('valueOf'),
        toJSON: boom('toJSON'),
        [Symbol.toPrimitive]: boom('toPrimitive'),
      };
    case 'throwing-iterator': {
      const out: unknown[] = structuredClone([...h.items]);
      Object.defineProperty(out, Symbol.iterator, { value: boom('iterator') });
      return out;
    }
    case 'special-number':
      return h.value;
  }
}

const small = fc.jsonValue({ maxDepth: 2 });
const smallObject = fc.dictionary(fc.string({ maxLength: 8 }), small, { maxKeys: 4 });
const keyOf = fc.oneof(
  fc.constantFrom('id', 'resourceType', 'type', 'kind', 'status', 'name', 'tenantId', 'items'),
  fc.string({ maxLength: 8 }),
);

/** Special numbers: NaN, ±Infinity, -0 and the edges of the safe range. */
export const specialNumberArb = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
);

/** Keys that trip naive object handling. */
export const trickyKeyArb = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'then',
  'hasOwnProperty',
  'length',
);

/** Every kind of hostile value (huge ones bounded: 200k characters, 20k items). */
export const hostileArb: fc.Arbitrary<Hostile> = fc.oneof(
  fc.record({ kind: fc.constant('throwing-getter' as const), base: smallObject, key: keyOf }),
  fc.record({
    kind: fc.constant('throwing-proxy' as const),
    target: fc.constantFrom('object' as const, 'array' as const, 'function' as const),
  }),
  fc.constant({ kind: 'revoked-proxy' as const }),
  fc.record({ kind: fc.constant('cyclic-object' as const), base: smallObject, key: keyOf }),
  fc.record({
    kind: fc.constant('cyclic-array' as const),
    items: fc.array(small, { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('null-prototype' as const), value: smallObject }),
  fc.record({
    kind: fc.constant('huge-string' as const),
    length: fc.integer({ min: 10_000, max: 200_000 }),
    unit: fc.constantFrom('a', '€', '\u0000', '🙂', ' ', '9', '-'),
  }),
  fc.record({
    kind: fc.constant('huge-array' as const),
    length: fc.integer({ min: 1_000, max: 20_000 }),
    item: small,
  }),
  fc.record({ kind: fc.constant('own-key' as const), key: trickyKeyArb, value: small }),
  fc.record({
    kind: fc.constant('sparse-array' as const),
    length: fc.integer({ min: 1, max: 10 }),
    items: fc.array(small, { maxLength: 10 }),
  }),
  fc.constant({ kind: 'throwing-conversions' as const }),
  fc.record({
    kind: fc.constant('throwing-iterator' as const),
    items: fc.array(small, { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('special-number' as const), value: specialNumberArb }),
);
