/**
 * Freezes plain data (objects and arrays) all the way down and returns it. Cheaper than a
 * general-purpose deep freeze because it only walks what JSON could hold, and stops at values
 * already frozen (everything this package freezes, it freezes all the way down).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) freeze(value);
  return value;
}

function freeze(value: object): void {
  if (Array.isArray(value)) {
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
