import type { JsonValue } from '../audit/audit-event.js';
import type { ParseError } from '../error.js';
import { unreadableInput } from '../parse.js';
import { err, ok, type Result } from '../result.js';

/** Bounds on what {@link readPlainJson} will copy. */
export interface PlainJsonLimits {
  /** Deepest nesting of arrays and objects (default 64). */
  readonly maxDepth?: number;
  /** Most values copied in all (default 200,000). */
  readonly maxNodes?: number;
}

class NotJson {
  constructor(
    readonly path: (string | number)[],
    readonly message: string,
  ) {}
}

function isPlainPrototype(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Copies untrusted input into fresh plain JSON data, reading every property exactly once, so
 * later code can read the copy without meeting getters, proxies or cycles, and nothing it does
 * can touch the caller's value. Accepts what `JSON.parse` returns (null, booleans, finite
 * numbers, strings, arrays, plain or null-prototype objects); object properties holding
 * `undefined` are left out, as `JSON.stringify` would. Anything else (functions, symbols,
 * bigints, non-finite numbers, dates, maps, class instances, cycles, too deep or too large),
 * and any getter or proxy trap that throws, gives a {@link ParseError} named `schema`.
 * A `"__proto__"` key is copied as an ordinary own property. Never throws.
 *
 * @example
 * const copy = readPlainJson(JSON.parse(body), 'HSDS service');
 * if (!copy.ok) return copy;
 */
export function readPlainJson(
  input: unknown,
  schema: string,
  limits: PlainJsonLimits = {},
): Result<JsonValue, ParseError> {
  const maxDepth = limits.maxDepth ?? 64;
  const maxNodes = limits.maxNodes ?? 200_000;
  let nodes = 0;
  const open = new Set<object>();
  const path: (string | number)[] = [];
  let failure: NotJson | undefined;
  const fail = (message: string): NotJson => {
    failure = new NotJson([...path], message);
    return failure;
  };

  const copy = (value: unknown, depth: number): JsonValue => {
    nodes += 1;
    if (nodes > maxNodes) throw fail(`more than ${maxNodes} values`);
    if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return value;
      throw fail('not a finite number');
    }
    if (typeof value !== 'object') throw fail(`a ${typeof value} is not JSON`);
    if (depth >= maxDepth) throw fail(`nested more than ${maxDepth} deep`);
    if (open.has(value)) throw fail('cyclic');
    open.add(value);
    try {
      if (Array.isArray(value)) {
        const length = value.length;
        if (length > maxNodes - nodes) throw fail(`more than ${maxNodes} values`);
        const out: JsonValue[] = [];
        for (let i = 0; i < length; i += 1) {
          path.push(i);
          const item: unknown = value[i];
          out.push(item === undefined ? null : copy(item, depth + 1));
          path.pop();
        }
        return out;
      }
      if (!isPlainPrototype(value)) throw fail('not a plain object');
      const out: Record<string, JsonValue> = {};
      for (const key of Object.keys(value)) {
        path.push(key);
        const item: unknown = (value as Record<string, unknown>)[key];
        if (item !== undefined) {
          Object.defineProperty(out, key, {
            value: copy(item, depth + 1),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        path.pop();
      }
      return out;
    } finally {
      open.delete(value);
    }
  };

  try {
    return ok(copy(input, 0));
  } catch (cause) {
    // Compared by identity: `cause` may be anything a hostile getter threw.
    if (failure !== undefined && cause === failure) {
      const where = failure.path.length > 0 ? ` at ${failure.path.join('.')}` : '';
      return err({
        code: 'invalid-input',
        message: `Invalid ${schema}${where}: ${failure.message}.`,
        schema,
        issues: [{ path: failure.path, code: 'not-json', message: failure.message }],
      });
    }
    return err(unreadableInput(schema, [...path]));
  }
}
