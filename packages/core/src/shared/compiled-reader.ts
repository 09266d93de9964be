/**
 * A fast reader compiled from a zod schema's own definition (`schema._zod.def`, zod 4.6.7), for
 * plain data: records about to be stored, a history read from JSON. It accepts a value only when
 * it can tell that the schema accepts it, and returns what the schema's parse returns (fresh
 * objects, keys in the schema's order, unknown keys left out, zod's own checks and refinements
 * run on the value as zod runs them); anything else — a value it would refuse, a construct it does
 * not model (transforms, defaults, catch-alls, non-discriminated unions), a key present as
 * `undefined` — is {@link undecided}, and the caller asks the schema itself. So the reader never
 * decides a refusal (errors stay zod's), and its every acceptance is the schema's (a property
 * test against zod over every schema of the catalogue, valid and mutated:
 * `compiled-reader.prop.test.ts`).
 */

import { type Check, checksToRun, runChecks } from './zod-checks.js';

/** What a reader returns when the schema must decide. */
export const undecided: unique symbol = Symbol('undecided');

/** Reads one value: the schema's output, or {@link undecided}. */
export type SchemaReader = (input: unknown) => unknown;

type Def = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Def => typeof value === 'object' && value !== null;

/** The zod definition of a schema (`schema._zod.def`), if it has one. */
function defOf(schema: unknown): Def | undefined {
  const internals = isRecord(schema) ? schema._zod : undefined;
  const def = isRecord(internals) ? internals.def : undefined;
  return isRecord(def) ? def : undefined;
}

const never: SchemaReader = () => undecided;

/**
 * The length bounds of a string or list's checks (a string's in code points, as zod counts them).
 * `undefined` when a check is not a length check.
 */
interface Bounds {
  readonly least: number;
  readonly most: number;
}
function lengthBounds(checks: readonly Def[]): Bounds | undefined {
  let least = 0;
  let most = Number.POSITIVE_INFINITY;
  for (const { check, minimum, maximum, length } of checks) {
    if (check === 'max_length' && typeof maximum === 'number') most = Math.min(most, maximum);
    else if (check === 'min_length' && typeof minimum === 'number') {
      least = Math.max(least, minimum);
    } else if (check === 'length_equals' && typeof length === 'number') {
      least = Math.max(least, length);
      most = Math.min(most, length);
    } else return undefined;
  }
  return { least, most };
}

/** A list's length within bounds. */
const within = ({ least, most }: Bounds, length: number): boolean =>
  length >= least && length <= most;

/**
 * A string's length within bounds, in code points as zod measures it. A code point is one or two
 * UTF-16 units, so they are counted only when the units alone cannot tell.
 */
function textWithin(bounds: Bounds, text: string): boolean {
  const units = text.length;
  if (units <= bounds.most && units >= 2 * bounds.least) return true;
  if (units < bounds.least || units > 2 * bounds.most) return false;
  // Code points as zod counts them: the string iterator pairs surrogates, as zod does.
  return within(bounds, [...text].length);
}

/** String formats whose whole check is their pattern (zod's `$ZodCheckStringFormat`). */
const patternFormats = new Set(['regex', 'datetime', 'date', 'time']);

function patternOf(def: Def): RegExp | undefined {
  const { check, format, pattern } = def;
  return check === 'string_format' &&
    typeof format === 'string' &&
    patternFormats.has(format) &&
    pattern instanceof RegExp
    ? pattern
    : undefined;
}

const matches = (pattern: RegExp, value: string): boolean => {
  pattern.lastIndex = 0;
  return pattern.test(value);
};

/** The checks of a schema (its own format first, as zod runs them), or none if one is unknown. */
function checksOf(def: Def): Def[] | undefined {
  const checks: Def[] = [];
  if (typeof def.check === 'string') checks.push(def);
  const listed = Array.isArray(def.checks) ? def.checks : [];
  for (const check of listed) {
    const checkDef = defOf(check);
    if (!checkDef) return undefined;
    checks.push(checkDef);
  }
  return checks;
}

/** A string's reader with its checks built in, or `undefined` when a check is not modelled here. */
function stringReader(def: Def): SchemaReader | undefined {
  const checks = checksOf(def);
  if (!checks) return undefined;
  const formats = checks.filter((c) => patternOf(c) !== undefined);
  const bounds = lengthBounds(checks.filter((c) => patternOf(c) === undefined));
  const [format, ...more] = formats;
  const pattern = format && patternOf(format);
  if (!bounds || more.length > 0 || format?.when !== undefined) return undefined;
  return pattern
    ? (input) =>
        typeof input === 'string' && textWithin(bounds, input) && matches(pattern, input)
          ? input
          : undecided
    : (input) => (typeof input === 'string' && textWithin(bounds, input) ? input : undecided);
}

/** What zod reads as a number: a finite one. */
const isNumber = (input: unknown): input is number =>
  typeof input === 'number' && Number.isFinite(input);

function valuesReader(values: readonly unknown[]): SchemaReader {
  const set = new Set(values);
  return (input) => (set.has(input) ? input : undecided);
}

const unbounded: Bounds = { least: 0, most: Number.POSITIVE_INFINITY };

/** A list's reader; `bounds` are its length checks when those are all it has. */
function arrayReader(
  def: Def,
  read: (schema: unknown) => SchemaReader,
  bounds: Bounds,
): SchemaReader {
  const element = read(def.element);
  return (input) => {
    if (!Array.isArray(input)) return undecided;
    const out: unknown[] = [];
    for (let i = 0; i < input.length; i++) {
      const value = element(input[i]);
      if (value === undecided) return undecided;
      out.push(value);
    }
    return within(bounds, input.length) ? out : undecided;
  };
}

/** What zod reads as an object: any non-null object that is not an array. */
const isObject = (value: unknown): value is Def =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Kinds an optional field may wrap and still be simply left out when absent (no defaults). */
const plainKinds = new Set([
  'object',
  'union',
  'array',
  'string',
  'number',
  'boolean',
  'literal',
  'enum',
]);

function objectReader(
  def: Def,
  read: (schema: unknown) => SchemaReader,
  compile: boolean,
): SchemaReader {
  const shape = def.shape;
  if (!isRecord(shape) || def.catchall !== undefined) return never;
  const fields: Field[] = [];
  for (const key of Object.keys(shape)) {
    if (key === '__proto__') return never;
    const fieldDef = defOf(shape[key]);
    const inner = fieldDef?.type === 'optional' ? fieldDef.innerType : undefined;
    const innerType = defOf(inner)?.type;
    const optional =
      inner !== undefined &&
      typeof innerType === 'string' &&
      plainKinds.has(innerType) &&
      checksOf(fieldDef ?? {})?.length === 0;
    const field = read(optional ? inner : shape[key]);
    // A required field the reader cannot decide leaves every value undecided: say so at once.
    if (field === never && !optional) return never;
    fields.push({ key, read: field, optional });
  }
  return (compile && compiledObject(fields)) || genericObject(fields);
}

interface Field {
  readonly key: string;
  readonly read: SchemaReader;
  readonly optional: boolean;
}

/** As zod: each key read once with an ordinary get; presence is `key in input`. */
function genericObject(fields: readonly Field[]): SchemaReader {
  return (input) => {
    if (!isObject(input)) return undecided;
    const out: Record<string, unknown> = {};
    for (const { key, read: field, optional } of fields) {
      const raw = input[key];
      if (raw === undefined) {
        if (optional && !(key in input)) continue;
        return undecided;
      }
      const value = field(raw);
      if (value === undecided) return undecided;
      out[key] = value;
    }
    return out;
  };
}

/** The function `compiledObject` built is a reader (it returns only readers). */
const isReader = (value: unknown): value is SchemaReader => typeof value === 'function';

let compiles: boolean | undefined;
/** Whether this runtime may compile code (a Content-Security-Policy may forbid it); asked once. */
function mayCompile(): boolean {
  if (compiles === undefined) {
    try {
      compiles = new Function('return true')() === true;
    } catch {
      compiles = false;
    }
  }
  return compiles;
}

/**
 * The same reader as {@link genericObject}, compiled to one function that reads and writes each key
 * by name (V8 then caches each access; a loop over keys makes every access a generic lookup).
 * The source holds only the keys (as JSON string literals) and indexes into `fields`; `undefined`
 * where code cannot be compiled.
 */
function compiledObject(fields: readonly Field[]): SchemaReader | undefined {
  if (!mayCompile()) return undefined;
  const lines = fields.map(({ key, optional }, i) => {
    const k = JSON.stringify(key);
    const absent = optional ? `if (!(${k} in input)) {} else ` : '';
    return `{ const raw = input[${k}];
      if (raw === undefined) { ${absent}return undecided; }
      else { const value = r${i}(raw); if (value === undecided) return undecided; out[${k}] = value; } }`;
  });
  const readers = fields.map((_, i) => `r${i}`);
  const body = `return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return undecided;
    const out = {};
    ${lines.join('\n')}
    return out;
  };`;
  const make = new Function('undecided', ...readers, body);
  const reader: unknown = make(undecided, ...fields.map((f) => f.read));
  return isReader(reader) ? reader : undefined;
}

function unionReader(def: Def, read: (schema: unknown) => SchemaReader): SchemaReader {
  const { discriminator, options } = def;
  if (typeof discriminator !== 'string' || !Array.isArray(options) || def.unionFallback) {
    return never;
  }
  const byTag = new Map<unknown, SchemaReader>();
  for (const option of options) {
    const shape = defOf(option)?.shape;
    const tag = isRecord(shape) ? defOf(shape[discriminator]) : undefined;
    if (tag?.type !== 'literal' || !Array.isArray(tag.values)) return never;
    const reader = read(option);
    if (reader !== never) for (const value of tag.values) byTag.set(value, reader);
  }
  if (byTag.size === 0) return never;
  return (input) => {
    if (!isObject(input)) return undecided;
    const reader = byTag.get(input[discriminator]);
    return reader ? reader(input) : undecided;
  };
}

/**
 * `base` followed by zod's own checks on its output, as zod runs them when nothing has failed
 * before: a check whose `when` declines is skipped; one that reports an issue (or turns async)
 * makes the value undecided; a check that replaces the value (`overwrite`) replaces it here too.
 */
function checked(base: SchemaReader, checks: readonly Check[]): SchemaReader {
  if (checks.length === 0) return base;
  return (input) => {
    const value = base(input);
    if (value === undecided) return undecided;
    const passed = runChecks(value, checks);
    return passed ? passed.value : undecided;
  };
}

/**
 * Compiles a reader from a zod schema (core's, built with zod/mini): objects (no catch-all),
 * discriminated unions, arrays, strings, numbers, booleans, literals, enums and optional fields.
 * Length and pattern checks are built in; any other check or refinement is zod's
 * own check function, run on the value read. Anything else reads as undecided. Object readers are
 * compiled to code (`new Function`) where the runtime allows it; with `compile: false`, or where a
 * Content-Security-Policy forbids it, they are plain closures (the same rules, a few times
 * slower). Build it on first use rather than at import, so that importing costs nothing for it.
 * A reader reads its input with ordinary gets, so a throwing getter or proxy trap throws out of
 * it: call it inside `try`, as storage's kinds do, and leave such input to zod.
 */
export function compileReader(
  schema: unknown,
  options: { readonly compile?: boolean } = {},
): SchemaReader {
  const compileObjects = options.compile ?? true;
  const readers = new Map<unknown, SchemaReader>();
  const read = (node: unknown): SchemaReader => {
    const known = readers.get(node);
    if (known) return known;
    // Filled in below; a schema that refers to itself (a lazy one) reads as undecided.
    readers.set(node, never);
    const reader = compile(node);
    readers.set(node, reader);
    return reader;
  };
  /** The reader of a schema's own type, before its checks (`never` for what is not modelled). */
  const typeReader = (def: Def): SchemaReader => {
    switch (def.type) {
      case 'object':
        return objectReader(def, read, compileObjects);
      case 'union':
        return unionReader(def, read);
      case 'array':
        return arrayReader(def, read, unbounded);
      case 'string':
        return def.coerce ? never : (input) => (typeof input === 'string' ? input : undecided);
      case 'number':
        return def.coerce ? never : (input) => (isNumber(input) ? input : undecided);
      case 'boolean':
        return def.coerce ? never : (input) => (typeof input === 'boolean' ? input : undecided);
      case 'literal':
        return Array.isArray(def.values) ? valuesReader(def.values) : never;
      case 'enum': {
        const values = isRecord(def.entries) ? Object.values(def.entries) : [];
        return values.every((v) => typeof v === 'string') ? valuesReader(values) : never;
      }
      default:
        return never;
    }
  };
  /** A schema's checks built into its reader where they are simple enough, else `undefined`. */
  const fastReader = (def: Def): SchemaReader | undefined => {
    if (def.coerce) return undefined;
    if (def.type === 'string') return stringReader(def);
    const checks = def.type === 'array' ? checksOf(def) : undefined;
    const bounds = checks && lengthBounds(checks);
    return bounds && arrayReader(def, read, bounds);
  };
  const compile = (node: unknown): SchemaReader => {
    const def = defOf(node);
    if (!def) return never;
    const fast = fastReader(def);
    if (fast) return fast;
    const base = typeReader(def);
    const checks = base === never ? undefined : checksToRun(node, def);
    return checks ? checked(base, checks) : never;
  };
  return read(schema);
}
