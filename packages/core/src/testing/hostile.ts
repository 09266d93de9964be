import fc from 'fast-check';

/** The proxy traps a hostile value may throw from. */
const TRAPS = ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf'] as const;

const boom = (): never => {
  throw new Error('hostile value');
};

/** An object whose named property is a getter that throws. */
const throwingGetterArb = fc
  .tuple(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }), fc.string())
  .map(([base, key]) =>
    Object.defineProperty({ ...base }, key, { get: boom, enumerable: true, configurable: true }),
  );

/**
 * A proxy over a JSON object whose chosen traps throw (an error, or a proxy whose own prototype
 * lookup throws). Traps keyed by property throw for string keys only, so fast-check's own
 * symbol-keyed bookkeeping can still handle the value; `ownKeys` and `getPrototypeOf` always throw.
 */
const proxyArb = fc
  .tuple(
    fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }),
    fc.subarray([...TRAPS], { minLength: 1 }),
    fc.boolean(),
  )
  .map(([target, traps, throwProxy]) => {
    const raise = (): never => {
      throw throwProxy ? new Proxy({}, { getPrototypeOf: boom }) : new Error('trap');
    };
    const handler: ProxyHandler<Record<string, unknown>> = {};
    for (const trap of traps) {
      if (trap === 'get') handler.get = (t, k) => (typeof k === 'string' ? raise() : t[k as never]);
      if (trap === 'has') handler.has = (t, k) => (typeof k === 'string' ? raise() : k in t);
      if (trap === 'getOwnPropertyDescriptor') {
        handler.getOwnPropertyDescriptor = (t, k) =>
          typeof k === 'string' ? raise() : Object.getOwnPropertyDescriptor(t, k);
      }
      if (trap === 'ownKeys') handler.ownKeys = raise;
      if (trap === 'getPrototypeOf') handler.getPrototypeOf = raise;
    }
    return new Proxy(target, handler);
  });

/** A cyclic object or array around a JSON value. */
const cyclicArb = fc
  .tuple(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }), fc.string(), fc.boolean())
  .map(([base, key, viaArray]) => {
    const o: Record<string, unknown> = { ...base };
    const value = viaArray ? [o] : o;
    return Object.defineProperty(o, key, { value, enumerable: true, configurable: true });
  });

/** A JSON object copied onto a null prototype. */
const nullPrototypeArb = fc
  .dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5 })
  .map((d) => Object.assign(Object.create(null) as Record<string, unknown>, d));

/**
 * Values a hostile or careless caller may pass to a boundary function: throwing getters, proxies
 * with throwing traps (throwing errors or further proxies), cycles, null prototypes. (A revoked
 * proxy belongs in example tests: fast-check itself cannot handle one.) A boundary must answer each with a typed error and never throw.
 */
export const hostileArb: fc.Arbitrary<unknown> = fc.oneof(
  throwingGetterArb,
  proxyArb,
  cyclicArb,
  nullPrototypeArb,
);

type Path = readonly (string | number)[];

/** Every path to a value inside plain JSON-like data (objects and arrays), root first. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) pathsOf(v, [...prefix, i], out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  }
  return out;
}

const isPrefix = (a: Path, b: Path): boolean =>
  a.length <= b.length && a.every((key, i) => key === b[i]);

/** A copy of `value` with the value at `path` replaced (copies along the path only). */
function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = replaceAt(value[head as number], rest, replacement);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  Object.defineProperty(copy, head, {
    value: replaceAt((value as Record<string, unknown>)[head], rest, replacement),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/**
 * A valid value from `valid` (JSON-like data) with one to three places replaced by anything,
 * hostile values included: the near-misses that reach deepest into a boundary function.
 *
 * @example
 * fc.assert(fc.property(mutatedArb(serviceArb), (input) => { parseService(input); }));
 */
export function mutatedArb(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const replacement = fc.oneof(
    { arbitrary: fc.anything({ withNullPrototype: true, withBoxedValues: true }), weight: 4 },
    { arbitrary: hostileArb, weight: 1 },
  );
  return valid.chain((value) => {
    const paths = pathsOf(value);
    return fc
      .array(fc.tuple(fc.constantFrom(...paths), replacement), { minLength: 1, maxLength: 3 })
      .map((edits) => {
        // Keep edits whose paths do not nest, so each walks only the original (plain) value.
        const kept: (typeof edits)[number][] = [];
        for (const edit of edits) {
          if (!kept.some(([p]) => isPrefix(p, edit[0]) || isPrefix(edit[0], p))) kept.push(edit);
        }
        return kept.reduce((v, [path, r]) => replaceAt(v, path, r), value);
      });
  });
}
