/** Defensive readers for untrusted HSDS JSON: each returns `undefined` for the wrong type. */
export const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The array at `x`, or an empty array. */
export const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

/** The objects in the array at `x`. */
export const objects = (x: unknown): Record<string, unknown>[] => arr(x).filter(isObject);

/** A string, or `undefined`. */
export const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/** A finite number, or `undefined`. */
export const num = (x: unknown): number | undefined =>
  typeof x === 'number' && Number.isFinite(x) ? x : undefined;

/** `{ [key]: value }` when the value is defined, else `{}` (for optional keys). */
export const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

/**
 * A value as text for a message about it. Never throws: an object whose conversion throws (a
 * `toString` that is not a function, a throwing getter) is shown as `(unreadable)`.
 */
export function shown(x: unknown): string {
  try {
    return String(x);
  } catch {
    return '(unreadable)';
  }
}
