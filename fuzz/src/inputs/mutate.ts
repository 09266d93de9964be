import { types } from 'node:util';
import fc from 'fast-check';
import {
  buildHostile,
  defineOwn,
  type Hostile,
  HostileValueError,
  hostileArb,
  specialNumberArb,
  throwingProxy,
  trickyKeyArb,
  withNullPrototypes,
} from './hostile.js';

/** What to do at the chosen place in a valid value. */
export type MutationOp =
  | { readonly op: 'delete' }
  | { readonly op: 'replace'; readonly value: unknown }
  | { readonly op: 'retype' }
  | { readonly op: 'special-number'; readonly value: number }
  | { readonly op: 'hostile'; readonly hostile: Hostile }
  | { readonly op: 'throwing-getter'; readonly pick: number }
  | { readonly op: 'throwing-proxy' }
  | { readonly op: 'null-prototype' }
  | { readonly op: 'cycle' }
  | { readonly op: 'hole'; readonly pick: number }
  | { readonly op: 'add-key'; readonly key: string; readonly value: unknown }
  | { readonly op: 'huge' };

/**
 * One mutation of a valid value: `steps` walk down from the root (each step picks a key of
 * the current object or array, modulo its size; the walk stops at a leaf), then `op` applies
 * there. Plain data, so fast-check prints and shrinks it.
 */
export interface Mutation {
  readonly steps: readonly number[];
  readonly op: MutationOp;
}

/** An object or array the mutator may look into (a Proxy is opaque: looking would throw). */
const isContainer = (v: unknown): v is Record<PropertyKey, unknown> =>
  typeof v === 'object' && v !== null && !types.isProxy(v);

/** The value of an own data property; `undefined` for an accessor (reading it runs code). */
const dataAt = (v: Record<PropertyKey, unknown>, key: string): { value: unknown } | undefined => {
  const d = Object.getOwnPropertyDescriptor(v, key);
  return d && 'value' in d ? { value: d.value } : undefined;
};

/** Own enumerable keys (array indices included); reads no values, so runs no getters. */
const keysOf = (v: Record<PropertyKey, unknown>): string[] => Object.keys(v);

/** The same data in the "wrong" JSON type: strings become numbers, objects arrays, and so on. */
export function retyped(value: unknown): unknown {
  if (typeof value === 'string')
    return value === '' ? 0 : Number.isNaN(Number(value)) ? 1 : [value];
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 0;
  if (value === null || value === undefined) return {};
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [String(i), v]));
  if (typeof value === 'object') return Object.values(value);
  return null;
}

function hugeOf(value: unknown): unknown {
  if (typeof value === 'string')
    return (value || 'x').repeat(Math.ceil(100_000 / (value.length || 1)));
  if (Array.isArray(value))
    return Array.from({ length: 5_000 }, (_, i) => value[i % (value.length || 1)]);
  if (typeof value === 'number') return 10 ** 300;
  return value;
}

/** What the place holds after `op` (or `deleted` when the op removes it). */
function replacement(op: MutationOp, current: unknown, root: unknown): unknown {
  if (typeof current === 'object' && current !== null && types.isProxy(current)) {
    return op.op === 'replace' || op.op === 'special-number' || op.op === 'hostile'
      ? replacement(op, undefined, root)
      : current;
  }
  switch (op.op) {
    case 'replace':
      return op.value;
    case 'retype':
      return retyped(current);
    case 'special-number':
      return op.value;
    case 'hostile':
      return buildHostile(op.hostile);
    case 'throwing-getter': {
      if (!isContainer(current)) return current;
      const keys = keysOf(current);
      const key = keys[op.pick % Math.max(1, keys.length)] ?? 'id';
      Object.defineProperty(current, key, {
        get: () => {
          throw new HostileValueError(`hostile getter ${key}`);
        },
        enumerable: true,
        configurable: true,
      });
      return current;
    }
    case 'throwing-proxy':
      return throwingProxy(Array.isArray(current) ? [] : {});
    case 'null-prototype':
      return withNullPrototypes(current);
    case 'cycle':
      if (isContainer(current)) defineOwn(current, Array.isArray(current) ? '0' : 'self', root);
      return isContainer(current) ? current : root;
    case 'hole':
      if (Array.isArray(current)) {
        const i = op.pick % (current.length + 2);
        if (i < current.length) delete current[i];
        else current.length = i + 1;
      }
      return current;
    case 'add-key':
      if (isContainer(current)) defineOwn(current, op.key, op.value);
      return current;
    case 'huge':
      return hugeOf(current);
    case 'delete':
      return undefined;
  }
}

/**
 * Applies a mutation in place to `root` (already a private copy) and returns the new root
 * (the root itself is replaced when the walk stops there) with a readable path.
 */
export function applyMutation(root: unknown, m: Mutation): { root: unknown; path: string } {
  let parent: Record<PropertyKey, unknown> | undefined;
  let key = '';
  let current = root;
  const path: string[] = [];
  for (const step of m.steps) {
    if (!isContainer(current)) break;
    const keys = keysOf(current);
    if (keys.length === 0) break;
    const next = keys[step % keys.length] as string;
    const at = dataAt(current, next);
    if (!at) break;
    key = next;
    parent = current;
    current = at.value;
    path.push(key);
  }
  const where = path.length ? path.join('.') : '(root)';
  // Functions (an injected id generator, say) are the caller's code, not data: leave them.
  if (typeof current === 'function') return { root, path: `${where} (a function: left)` };
  let next: unknown;
  try {
    next = replacement(m.op, current, root);
  } catch {
    // The place holds a hostile value from an earlier mutation: leave it as it is.
    next = current;
  }
  if (!parent) return { root: m.op.op === 'delete' ? undefined : next, path: where };
  try {
    if (m.op.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (next !== current) {
      defineOwn(parent, key, next);
    }
  } catch {
    // An earlier mutation made the container hostile (an array whose `constructor` key breaks
    // `splice`, say): leave it as it is.
    return { root, path: `${where} (left: the container is hostile)` };
  }
  return { root, path: where };
}

const anythingArb = fc.anything({ maxDepth: 2, maxKeys: 4 });

/** A mutation of any kind, aimed anywhere in a value. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  steps: fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 7 }),
  op: fc.oneof(
    { weight: 3, arbitrary: fc.constant({ op: 'delete' as const }) },
    {
      weight: 3,
      arbitrary: fc.record({ op: fc.constant('replace' as const), value: anythingArb }),
    },
    { weight: 4, arbitrary: fc.constant({ op: 'retype' as const }) },
    {
      weight: 2,
      arbitrary: fc.record({ op: fc.constant('special-number' as const), value: specialNumberArb }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ op: fc.constant('hostile' as const), hostile: hostileArb }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('throwing-getter' as const), pick: fc.nat() }),
    },
    { weight: 1, arbitrary: fc.constant({ op: 'throwing-proxy' as const }) },
    { weight: 1, arbitrary: fc.constant({ op: 'null-prototype' as const }) },
    { weight: 1, arbitrary: fc.constant({ op: 'cycle' as const }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('hole' as const), pick: fc.nat() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('add-key' as const),
        key: trickyKeyArb,
        value: anythingArb,
      }),
    },
    { weight: 1, arbitrary: fc.constant({ op: 'huge' as const }) },
  ),
});
