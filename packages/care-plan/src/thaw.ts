import type { Draft } from 'immer';

/**
 * A deep, unfrozen copy of plain data (objects and arrays, as JSON could hold): the one working
 * copy `replay` folds a whole history into before freezing it once.
 */
export function thaw<T>(value: T): Draft<T> {
  return copy(value) as Draft<T>;
}

function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copy);
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = copy((value as Record<string, unknown>)[key]);
  return out;
}
