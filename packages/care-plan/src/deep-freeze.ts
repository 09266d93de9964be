/**
 * Freezes plain data (objects and arrays) all the way down and returns it. Cheaper than a
 * general-purpose deep freeze because it only walks what JSON could hold, and stops at values
 * already frozen (everything this package freezes, it freezes all the way down).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) freeze(value);
  return value;
}

/** Lists whose entries are all deep-frozen already (lists that only grow by `append`). */
const frozenEntries = new WeakSet<object>();

/**
 * Records that every entry of `list` is deep-frozen (and stays so: only frozen entries are added
 * to it), so freezing it later freezes the list without walking its entries.
 */
export const markEntriesFrozen = (list: readonly unknown[]): void => {
  frozenEntries.add(list);
};
/** Forgets {@link markEntriesFrozen} for a list about to be changed some other way. */
export const unmarkEntriesFrozen = (list: readonly unknown[]): void => {
  frozenEntries.delete(list);
};
/** True when {@link markEntriesFrozen} vouches for every entry of `list`. */
export const entriesFrozen = (list: readonly unknown[]): boolean => frozenEntries.has(list);

function freeze(value: object): void {
  if (Array.isArray(value)) {
    if (frozenEntries.has(value)) {
      Object.freeze(value);
      return;
    }
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null && !Object.isFrozen(item)) freeze(item);
    }
  } else {
    for (const key in value) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null && !Object.isFrozen(item)) freeze(item);
    }
  }
  Object.freeze(value);
}
