/** How many stand-ins {@link lazySchema} has made, and how many of their schemas were built. */
export const lazySchemaCounts = { made: 0, built: 0 };

/** What stands behind a stand-in: its builder until first touched, then the schema it built. */
interface Pending {
  build: (() => object) | undefined;
  real: object | undefined;
}

/** The pending schema of each stand-in made by {@link lazySchema}. */
const pendingOf = new WeakMap<object, Pending>();

/** The schema behind `pending`, built (and its insides resolved) the first time it is asked for. */
function realOf(pending: Pending): object {
  if (pending.real === undefined && pending.build !== undefined) {
    lazySchemaCounts.built++;
    const built = unwrap(pending.build());
    resolveInside(built);
    pending.real = built;
    pending.build = undefined;
  }
  return pending.real as object;
}

/** The schema itself when `value` is a stand-in made by {@link lazySchema}, else `value`. */
function unwrap<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const pending = pendingOf.get(value);
  return pending === undefined ? value : (realOf(pending) as T);
}

/** Schemas whose insides already point at schemas, not stand-ins (a definition never changes). */
const resolvedSchemas = new WeakSet<object>();

/**
 * Points every schema inside a newly built one at the schemas themselves rather than at their
 * stand-ins, so parsing never goes through a stand-in below the top.
 */
function resolveInside(schema: object): void {
  if (resolvedSchemas.has(schema)) return;
  resolvedSchemas.add(schema);
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (def === undefined) return;
  for (const key of Object.keys(def)) {
    if (key === 'checks') continue;
    const value = def[key];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const schema = resolved(value[i]);
        if (schema !== value[i]) value[i] = schema;
      }
    } else if (key === 'shape' && typeof value === 'object' && value !== null) {
      replaceStandIns(value as Record<string, unknown>, Object.keys(value));
    } else if (typeof value === 'object' && value !== null && '_zod' in value) {
      replaceStandIns(def, [key]);
    }
  }
}

/** Replaces the stand-ins among `holder`'s `keys` by their schemas (writing nothing else). */
function replaceStandIns(holder: Record<string, unknown>, keys: readonly string[]): void {
  for (const key of keys) {
    const value = holder[key];
    const schema = resolved(value);
    if (schema !== value) holder[key] = schema;
  }
}

/** `value` itself, or the schema behind it if it is a stand-in, with its insides resolved. */
function resolved(value: unknown): unknown {
  const schema = unwrap(value);
  if (typeof schema === 'object' && schema !== null && '_zod' in schema) resolveInside(schema);
  return schema;
}

/** One handler for every stand-in: each operation goes to the schema behind it. */
const forward: ProxyHandler<Pending> = {
  get: (pending, key) => Reflect.get(realOf(pending), key),
  has: (pending, key) => Reflect.has(realOf(pending), key),
  set: (pending, key, value) => Reflect.set(realOf(pending), key, value),
  ownKeys: (pending) => Reflect.ownKeys(realOf(pending)),
  getOwnPropertyDescriptor: (pending, key) => {
    const d = Reflect.getOwnPropertyDescriptor(realOf(pending), key);
    if (d !== undefined) d.configurable = true;
    return d;
  },
  defineProperty: (pending, key, d) => Reflect.defineProperty(realOf(pending), key, d),
  deleteProperty: (pending, key) => Reflect.deleteProperty(realOf(pending), key),
  getPrototypeOf: (pending) => Reflect.getPrototypeOf(realOf(pending)),
};

/**
 * A schema built on first use. Returns a stand-in that behaves as the schema `build` returns —
 * every property read, `instanceof` and key listing go to it — but `build` runs only when the
 * stand-in is first touched, not when the module loads.
 */
export function lazySchema<T extends object>(build: () => T): T {
  const pending: Pending = { build, real: undefined };
  const standIn: object = new Proxy(pending, forward);
  pendingOf.set(standIn, pending);
  lazySchemaCounts.made++;
  return standIn as T;
}
