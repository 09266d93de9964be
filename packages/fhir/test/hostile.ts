/**
 * Inputs a hostile or careless caller could hand an import: JSON with parts replaced by anything,
 * and objects that fight being read (throwing getters, proxies, cycles, null prototypes).
 */
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

const DELETE = Symbol('delete');

/** A JSON deep copy (the exported values are JSON, so this loses nothing). */
export const clone = <T>(value: T): Json => JSON.parse(JSON.stringify(value)) as Json;

/** Every array and object inside `value`, the root first. */
function containers(value: Json): Container[] {
  if (value === null || typeof value !== 'object') return [];
  const inner = (Array.isArray(value) ? value : Object.values(value)).flatMap(containers);
  return [value, ...inner];
}

function keysOf(c: Container): (string | number)[] {
  return Array.isArray(c) ? c.map((_, i) => i) : Object.keys(c);
}

/** Replaces (or deletes) the `pick`-th key of the `at`-th container with `replacement`. */
function edit(root: Json, at: number, pick: number, replacement: unknown): void {
  const all = containers(root);
  const target = all[at % Math.max(all.length, 1)];
  if (!target) return;
  const keys = keysOf(target);
  const key = keys[pick % Math.max(keys.length, 1)];
  if (key === undefined) return;
  if (replacement === DELETE) {
    if (Array.isArray(target)) target.splice(Number(key), 1);
    else delete target[key];
  } else (target as Record<string | number, unknown>)[key] = fresh(replacement);
}

/**
 * A fresh copy of a replacement, so no two edits (or two runs) share one object: an edit that
 * later writes into a shared `{}` could make it hold itself, and every later run would then get
 * a cycle it never asked for (seen as a flaky failure of `JSON.stringify` in the tests).
 */
function fresh(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

/** JSON-ish replacements, type-confused on purpose; objects are new for every edit. */
const replacementArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(DELETE),
  fc.constantFrom(null, {}, [], '', 'x', 0, -1, 1.5, true, false, [null], { x: 1 }).map(fresh),
  fc.jsonValue({ maxDepth: 2 }),
  fc.anything({ maxDepth: 2 }),
);

/** An exported value with one to three of its parts replaced by anything, or removed. */
export function mutatedArb(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      base,
      fc.array(fc.tuple(fc.nat(), fc.nat(), replacementArb), { minLength: 1, maxLength: 3 }),
    )
    .map(([value, edits]) => {
      const root = clone(value);
      for (const [at, pick, replacement] of edits) edit(root, at, pick, replacement);
      return root;
    });
}

const boom = () => {
  throw new Error('hostile getter');
};

/** A proxy that throws on one kind of access (and otherwise behaves like `target`). */
function throwingProxy(target: object, trap: 'get' | 'ownKeys' | 'getPrototypeOf' | 'has'): object {
  return new Proxy(target, { [trap]: boom });
}

/** A copy of `c` with a null prototype (arrays stay arrays). */
function nullPrototype(c: Container): object {
  if (Array.isArray(c)) return c;
  return Object.assign(Object.create(null) as object, c);
}

type Hostility =
  | 'getter'
  | 'proxy-get'
  | 'proxy-keys'
  | 'proxy-proto'
  | 'revoked'
  | 'cycle'
  | 'null-proto';

/** Makes part `key` of `parent` hostile in the given way. */
function spoil(parent: Container, key: string | number, how: Hostility): void {
  const holder = parent as Record<string | number, unknown>;
  const current = holder[key];
  const obj = typeof current === 'object' && current !== null ? current : {};
  switch (how) {
    case 'getter':
      Object.defineProperty(parent, key, { get: boom, enumerable: true, configurable: true });
      return;
    case 'proxy-get':
      holder[key] = throwingProxy(obj, 'get');
      return;
    case 'proxy-keys':
      holder[key] = throwingProxy(obj, 'ownKeys');
      return;
    case 'proxy-proto':
      holder[key] = throwingProxy(obj, 'getPrototypeOf');
      return;
    case 'revoked': {
      const { proxy, revoke } = Proxy.revocable(obj, {});
      revoke();
      holder[key] = proxy;
      return;
    }
    case 'cycle':
      holder[key] = parent;
      return;
    case 'null-proto':
      holder[key] = nullPrototype(obj as Container);
      return;
  }
}

/** The whole value made hostile (a getter or a cycle on each of its own keys). */
function spoilWhole(root: Container, how: Hostility): unknown {
  if (how !== 'getter' && how !== 'cycle') {
    const wrapper: Container = [root];
    spoil(wrapper, 0, how);
    return wrapper[0];
  }
  for (const key of keysOf(root)) spoil(root, key, how);
  return root;
}

/**
 * Builders of an exported value with one part made hostile, or the whole value made hostile.
 * The arbitrary yields a builder, not the value, because fast-check itself inspects what it
 * generates and a hostile value would break it.
 */
export function hostileArb(base: fc.Arbitrary<unknown>): fc.Arbitrary<() => unknown> {
  const how = fc.constantFrom<Hostility>(
    'getter',
    'proxy-get',
    'proxy-keys',
    'proxy-proto',
    'revoked',
    'cycle',
    'null-proto',
  );
  return fc
    .tuple(base, fc.nat(), fc.nat(), how, fc.boolean())
    .map(([value, at, pick, kind, whole]) => () => {
      const root = clone(value);
      if (whole && root !== null && typeof root === 'object') return spoilWhole(root, kind);
      const all = containers(root);
      const target = all[at % Math.max(all.length, 1)];
      if (!target) return root;
      const key = keysOf(target)[pick % Math.max(keysOf(target).length, 1)];
      if (key !== undefined) spoil(target, key, kind);
      return root;
    });
}

/** Freezes a value and everything it holds (to catch an import writing to its argument). */
export function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d && 'value' in d) deepFreeze(d.value, seen);
  }
  return Object.freeze(value);
}
