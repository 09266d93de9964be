// Test support (not exported by the package): values a hostile or careless caller can pass.
import fc from 'fast-check';

const boom = () => {
  throw new Error('hostile getter');
};

/** A proxy whose every trap throws. */
const throwingProxy = (target: object) =>
  new Proxy(target, {
    get: boom,
    has: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom,
  });

/** A revoked proxy: even `Array.isArray` throws on it. */
const revoked = (target: object) => {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
};

const cyclic = () => {
  const a: Record<string, unknown> = { itemId: 'phq9-1', value: 1 };
  a.self = a;
  a.responses = [a];
  return a;
};

const nullProto = (entries: Record<string, unknown>) =>
  Object.assign(Object.create(null) as Record<string, unknown>, entries);

/**
 * Hostile values by name, each built fresh on every call: fast-check itself inspects the values
 * it generates (and would trip over a revoked proxy), so properties draw a recipe and build the
 * value inside the property.
 */
export const hostileRecipes: Readonly<Record<string, () => unknown>> = {
  'throwing itemId getter': () => [Object.defineProperty({}, 'itemId', { get: boom })],
  'throwing value getter': () => [
    Object.defineProperty({ itemId: 'phq9-1' }, 'value', { get: boom }),
  ],
  'object proxy that throws': () => throwingProxy({}),
  'array proxy that throws': () => throwingProxy([]),
  'entry proxy that throws': () => [throwingProxy({})],
  'revoked array proxy': () => revoked([]),
  'revoked object proxy': () => revoked({}),
  'length Infinity': () =>
    new Proxy([], { get: (t, k) => (k === 'length' ? Infinity : Reflect.get(t, k)) }),
  'length 2^40': () =>
    new Proxy([], { get: (t, k) => (k === 'length' ? 2 ** 40 : Reflect.get(t, k)) }),
  cycle: cyclic,
  'cycle in a list': () => [cyclic()],
  'null-prototype entry': () => [nullProto({ itemId: 'phq9-9', value: 2 })],
  'null-prototype set': () =>
    nullProto({ instrumentId: 'phq-9', responses: [nullProto({ itemId: 'phq9-9', value: 1 })] }),
  '20,000 entries': () => Array.from({ length: 20_000 }, () => ({ itemId: 'phq9-1', value: 1 })),
  'sparse 50,000': () => new Array(50_000),
  NaN: () => Number.NaN,
  Infinity: () => Infinity,
  'string number': () => '1',
  'strings and NaN for values': () => [
    { itemId: 'phq9-1', value: '1' },
    { itemId: 'phq9-2', value: Number.NaN },
    { itemId: 'phq9-9', value: Infinity },
  ],
  'instrumentId that throws on toString': () => ({
    instrumentId: { toString: boom },
    responses: [],
  }),
  'symbols, functions, bigints': () => [Symbol('x'), () => 1, 10n],
};

/** A recipe name from {@link hostileRecipes}. */
export const hostileRecipeArb = fc.constantFrom(...Object.keys(hostileRecipes));

/** Builds the hostile value of a recipe. */
export const buildHostile = (name: string): unknown => hostileRecipes[name]?.();

/**
 * Any input: a JSON or JavaScript value, or a hostile one. Draws a thunk; call it inside the
 * property to get the value.
 */
export const anyInputArb: fc.Arbitrary<() => unknown> = fc.oneof(
  fc
    .anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true })
    .map((v) => () => v),
  fc.jsonValue().map((v) => () => v),
  hostileRecipeArb.map((name) => () => buildHostile(name)),
  fc
    .array(
      fc.oneof(
        hostileRecipeArb.map((n) => ({ n })),
        fc.jsonValue().map((v) => ({ v })),
      ),
      { maxLength: 5 },
    )
    .map((parts) => () => parts.map((p) => ('n' in p ? buildHostile(p.n) : p.v))),
);
