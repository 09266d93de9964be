/** How many stand-ins {@link lazySchema} has made, and how many of their schemas were built. */
export const lazySchemaCounts = { made: 0, built: 0 };

/** The schema behind each stand-in made by {@link lazySchema}. */
const builders = new WeakMap<object, () => object>();

/** The schema itself when `value` is a stand-in made by {@link lazySchema}, else `value`. */
function unwrap<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const build = builders.get(value);
  return build === undefined ? value : (build() as T);
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
      for (let i = 0; i < value.length; i++) value[i] = resolved(value[i]);
    } else if (key === 'shape' && typeof value === 'object' && value !== null) {
      const shape = value as Record<string, unknown>;
      for (const field of Object.keys(shape)) shape[field] = resolved(shape[field]);
    } else if (typeof value === 'object' && value !== null && '_zod' in value) {
      def[key] = resolved(value);
    }
  }
}

function resolved(value: unknown): unknown {
  const schema = unwrap(value);
  if (typeof schema === 'object' && schema !== null && '_zod' in schema) resolveInside(schema);
  return schema;
}

/**
 * A schema built on first use. Returns a stand-in that behaves as the schema `build` returns —
 * every property read, `instanceof` and key listing go to it — but `build` runs only when the
 * stand-in is first touched, not when the module loads.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let real: T | undefined;
  const target = (): T => {
    if (real === undefined) {
      lazySchemaCounts.built++;
      const built = unwrap(build());
      resolveInside(built);
      real = built;
    }
    return real;
  };
  const standIn = new Proxy({} as T, {
    get: (_, key) => Reflect.get(target(), key),
    has: (_, key) => Reflect.has(target(), key),
    set: (_, key, value) => Reflect.set(target(), key, value),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(target(), key);
      if (d !== undefined) d.configurable = true;
      return d;
    },
    defineProperty: (_, key, d) => Reflect.defineProperty(target(), key, d),
    deleteProperty: (_, key) => Reflect.deleteProperty(target(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
  });
  builders.set(standIn, target);
  lazySchemaCounts.made++;
  return standIn;
}
