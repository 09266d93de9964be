/**
 * A fast reader compiled from a zod schema's definition, for the plain data a history read from
 * JSON holds. It accepts a value only when it can tell that the schema accepts it, and returns
 * what the schema's parse returns (fresh objects, keys in the schema's order, unknown keys left
 * out); anything else — a value it would reject, a construct it does not model (refinements,
 * transforms, defaults, unknown checks), a key present as `undefined` — is {@link undecided}, and the caller asks the schema itself. So the reader never decides a
 * rejection, and its every acceptance is the schema's (checked by a property test against zod
 * over valid and mutated events: `schema-reader.prop.test.ts`).
 */

/** What a reader returns when the schema must decide. */
export const undecided: unique symbol = Symbol('undecided');

/** Reads one value: the schema's output, or {@link undecided}. */
export type Reader = (input: unknown) => unknown;

type Def = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Def => typeof value === 'object' && value !== null;

/** The zod definition of a schema (`schema._zod.def`), if it has one. */
function defOf(schema: unknown): Def | undefined {
  const internals = isRecord(schema) ? schema._zod : undefined;
  const def = isRecord(internals) ? internals.def : undefined;
  return isRecord(def) ? def : undefined;
}

const never: Reader = () => undecided;

/**
 * The length bounds of a string or list's checks, kept only when they surely hold: zod counts a
 * string's code points, and `units` UTF-16 units hold between ⌈units/2⌉ and `units` of them.
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

const within = ({ least, most }: Bounds, units: number): boolean =>
  units <= most && (units + 1) >> 1 >= least;

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

function stringReader(def: Def): Reader {
  const checks = checksOf(def);
  if (!checks || def.coerce) return never;
  const formats = checks.filter((c) => patternOf(c) !== undefined);
  const bounds = lengthBounds(checks.filter((c) => patternOf(c) === undefined));
  const [format, ...more] = formats;
  const pattern = format && patternOf(format);
  if (!bounds || more.length > 0 || format?.when !== undefined) return never;
  return pattern
    ? (input) =>
        typeof input === 'string' && within(bounds, input.length) && matches(pattern, input)
          ? input
          : undecided
    : (input) => (typeof input === 'string' && within(bounds, input.length) ? input : undecided);
}

function numberReader(def: Def): Reader {
  const checks = checksOf(def);
  if (!checks || def.coerce) return never;
  const tests: ((value: number) => boolean)[] = [];
  for (const { check, value, inclusive, format, when } of checks) {
    if (when !== undefined) return never;
    if (check === 'number_format' && format === 'safeint') tests.push(Number.isSafeInteger);
    else if (check === 'greater_than' && typeof value === 'number') {
      tests.push(inclusive ? (x) => x >= value : (x) => x > value);
    } else if (check === 'less_than' && typeof value === 'number') {
      tests.push(inclusive ? (x) => x <= value : (x) => x < value);
    } else return never;
  }
  return (input) => {
    if (typeof input !== 'number' || !Number.isFinite(input)) return undecided;
    for (const test of tests) if (!test(input)) return undecided;
    return input;
  };
}

function valuesReader(values: readonly unknown[]): Reader {
  const set = new Set(values);
  return (input) => (set.has(input) ? input : undecided);
}

function arrayReader(def: Def, read: (schema: unknown) => Reader): Reader {
  const checks = checksOf(def);
  const bounds = checks && lengthBounds(checks);
  if (!bounds) return never;
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

function objectReader(def: Def, read: (schema: unknown) => Reader, compile: boolean): Reader {
  const shape = def.shape;
  if (!isRecord(shape) || def.catchall !== undefined || checksOf(def)?.length !== 0) return never;
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
    fields.push({ key, read: read(optional ? inner : shape[key]), optional });
  }
  return (compile && compiledObject(fields)) || genericObject(fields);
}

interface Field {
  readonly key: string;
  readonly read: Reader;
  readonly optional: boolean;
}

/** As zod: each key read once with an ordinary get; presence is `key in input`. */
function genericObject(fields: readonly Field[]): Reader {
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
const isReader = (value: unknown): value is Reader => typeof value === 'function';

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
function compiledObject(fields: readonly Field[]): Reader | undefined {
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

function unionReader(def: Def, read: (schema: unknown) => Reader): Reader {
  const { discriminator, options } = def;
  if (typeof discriminator !== 'string' || !Array.isArray(options) || def.unionFallback) {
    return never;
  }
  const byTag = new Map<unknown, Reader>();
  for (const option of options) {
    const shape = defOf(option)?.shape;
    const tag = isRecord(shape) ? defOf(shape[discriminator]) : undefined;
    if (tag?.type !== 'literal' || !Array.isArray(tag.values)) return never;
    const reader = read(option);
    for (const value of tag.values) byTag.set(value, reader);
  }
  return (input) => {
    if (!isObject(input)) return undecided;
    const reader = byTag.get(input[discriminator]);
    return reader ? reader(input) : undecided;
  };
}

/**
 * Compiles a reader from a zod schema: objects (no catchall, no refinements), discriminated
 * unions, arrays, strings (length checks, patterns, ISO dates and instants), numbers (integer and
 * bounds), booleans, literals, enums and optional fields. Anything else reads as undecided.
 * Object readers are compiled to code (`new Function`) where the runtime allows it; with
 * `compile: false`, or where a Content-Security-Policy forbids it, they are plain closures (the
 * same rules, a few times slower).
 */
export function compileReader(
  schema: unknown,
  { compile: compileObjects = true }: { readonly compile?: boolean } = {},
): Reader {
  const readers = new Map<unknown, Reader>();
  const read = (node: unknown): Reader => {
    const known = readers.get(node);
    if (known) return known;
    // Filled in below; a schema that refers to itself (it cannot here) would read as undecided.
    readers.set(node, never);
    const reader = compile(node);
    readers.set(node, reader);
    return reader;
  };
  const compile = (node: unknown): Reader => {
    const def = defOf(node);
    const simple = def && (checksOf(def)?.length ?? 1) === 0;
    switch (def?.type) {
      case 'object':
        return objectReader(def, read, compileObjects);
      case 'union':
        return simple ? unionReader(def, read) : never;
      case 'array':
        return arrayReader(def, read);
      case 'string':
        return stringReader(def);
      case 'number':
        return numberReader(def);
      case 'boolean':
        return simple && !def.coerce
          ? (input) => (typeof input === 'boolean' ? input : undecided)
          : never;
      case 'literal':
        return simple && Array.isArray(def.values) ? valuesReader(def.values) : never;
      case 'enum': {
        const values = isRecord(def.entries) ? Object.values(def.entries) : [];
        return simple && values.every((v) => typeof v === 'string') ? valuesReader(values) : never;
      }
      default:
        return never;
    }
  };
  return read(schema);
}
