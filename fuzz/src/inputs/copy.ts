import { types } from 'node:util';

/** The value cannot be copied without running code in it (a Proxy or an accessor property). */
export class NotCopyable extends Error {}

const copyOther = (value: object): object => {
  if (value instanceof Map) return new Map(value);
  if (value instanceof Set) return new Set(value);
  return structuredClone(value);
};

/**
 * A deep copy that keeps what `structuredClone` would lose: prototypes (including `null`), holes
 * in arrays, -0 and NaN, cycles. Functions are kept by reference. Throws {@link NotCopyable} for
 * a Proxy or an accessor property (copying would run the hostile code).
 */
export function deepCopy<T>(value: T): T {
  const seen = new Map<object, object>();
  const walk = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    if (types.isProxy(v)) throw new NotCopyable('a Proxy');
    const known = seen.get(v);
    if (known) return known;
    const proto: unknown = Object.getPrototypeOf(v);
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) {
      const other = copyOther(v);
      seen.set(v, other);
      return other;
    }
    const out: object = Array.isArray(v) ? new Array(v.length) : Object.create(proto as object);
    seen.set(v, out);
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (!d) continue;
      if (d.get || d.set) throw new NotCopyable(`an accessor at ${String(key)}`);
      if (Array.isArray(v) && key === 'length') continue;
      Object.defineProperty(out, key, { ...d, value: walk(d.value) });
    }
    return out;
  };
  return walk(value) as T;
}

/** {@link deepCopy}, or `undefined` when the value cannot be copied safely. */
export function tryCopy(value: unknown): { readonly copy: unknown } | undefined {
  try {
    return { copy: deepCopy(value) };
  } catch {
    return undefined;
  }
}
