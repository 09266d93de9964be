import { err, ok, type Result } from '@livewell/core';

/** JSON data: what an import reads after {@link snapshotJson}. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

/** Why untrusted input is not JSON data: where (a path like `entry[0].resource`) and what. */
export interface NotJson {
  readonly path: string;
  readonly message: string;
}

/** How deep an import looks; FHIR resources livewell reads nest a few levels, never this many. */
const MAX_DEPTH = 64;

/** Where the copy is, and why it stopped (set before throwing, so the catch inspects nothing thrown). */
interface Walk {
  readonly open: Set<object>;
  path: string;
  refused?: NotJson;
}

function refuse(walk: Walk, path: string, message: string): never {
  walk.refused = { path, message };
  throw walk;
}

const at = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

function copy(value: unknown, path: string, depth: number, walk: Walk): JsonValue {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) refuse(walk, path, 'a number that JSON cannot hold');
      return value;
    case 'object':
      break;
    default:
      refuse(walk, path, `a ${typeof value} is not JSON data`);
  }
  if (value === null) return null;
  if (depth >= MAX_DEPTH) refuse(walk, path, `nested more than ${MAX_DEPTH} levels deep`);
  const { open } = walk;
  if (open.has(value)) refuse(walk, path, 'the input refers to itself (a cycle)');
  open.add(value);
  walk.path = path;
  try {
    if (Array.isArray(value)) {
      const out: JsonValue[] = [];
      const length = value.length;
      for (let i = 0; i < length; i++) {
        walk.path = at(path, i);
        const item: unknown = value[i];
        if (item === undefined) refuse(walk, at(path, i), 'an empty array slot');
        out.push(copy(item, at(path, i), depth + 1, walk));
      }
      return out;
    }
    const out: { [key: string]: JsonValue } = {};
    for (const key of Object.keys(value)) {
      walk.path = at(path, key);
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item === undefined) continue; // an absent optional element, as JSON.stringify reads it
      // defineProperty, not assignment: a key named `__proto__` stays plain data.
      Object.defineProperty(out, key, {
        value: copy(item, at(path, key), depth + 1, walk),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  } finally {
    open.delete(value);
  }
}

/**
 * A deep copy of untrusted input as plain JSON data, read once: own enumerable keys of objects,
 * array items, strings, finite numbers, booleans and null (an `undefined` property is an absent
 * element). Anything else — a function, symbol or bigint, a cycle, nesting deeper than 64 levels,
 * a getter or proxy that throws — is refused with its path. Never throws and never changes the
 * input; the copy shares nothing with it, so later reads cannot be changed by the caller.
 */
export function snapshotJson(input: unknown): Result<JsonValue, NotJson> {
  const walk: Walk = { open: new Set(), path: '' };
  try {
    return ok(copy(input, '', 0, walk));
  } catch {
    return err(walk.refused ?? { path: walk.path, message: 'the input could not be read' });
  }
}
