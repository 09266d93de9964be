import { err, ok, type ParseError, type Result } from '@livewell/core';

const unreadable = (name: string): ParseError => ({
  code: 'invalid-input',
  message: `Invalid ${name}: the context could not be read.`,
  schema: name,
  issues: [{ path: [], code: 'unreadable', message: 'The input could not be read.' }],
});

/**
 * Copies the named fields of a caller's context object once, so that later reads cannot throw
 * (a hostile getter or proxy) or change between reads. The values are still unchecked: the
 * record built from them is parsed before it is returned. Never throws.
 */
export function readContext<T extends object>(
  name: string,
  context: T,
  keys: readonly (keyof T & string)[],
): Result<Partial<T>, ParseError> {
  try {
    if (context === null || typeof context !== 'object') return err(unreadable(name));
    const copy: Partial<T> = {};
    for (const key of keys) {
      const value = context[key];
      if (value !== undefined) copy[key] = value;
    }
    return ok(copy);
  } catch {
    return err(unreadable(name));
  }
}
