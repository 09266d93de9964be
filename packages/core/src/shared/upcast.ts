import type { DomainError, ParseError } from '../error.js';
import { type Parser, unreadableInput } from '../parse.js';
import { err, type Result } from '../result.js';

/**
 * A stored record whose `schemaVersion` this release cannot read: newer than it writes (roll
 * readers forward first), older than its oldest upcaster, or not a version number at all.
 */
export interface UnsupportedSchemaVersion extends DomainError<'unsupported-schema-version'> {
  /** The record's schema name, e.g. `Programme`. */
  readonly schema: string;
  /** The `schemaVersion` the record carries, or the type of what it carries instead. */
  readonly found: number | string;
  /** The version this release writes and reads. */
  readonly current: number;
}

/** Why a stored record could not be read: an unknown schema version, or invalid once upcast. */
export type UpcastError = ParseError | UnsupportedSchemaVersion;

/**
 * One step from schema version `n` to `n + 1`: takes the record as stored at version `n` (a
 * plain object, read-only) and returns its fields at `n + 1`. It must not modify its argument;
 * `schemaVersion` is set by {@link makeUpcaster}.
 */
export type UpcastStep = (record: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** How to read one stored shape: its name, the version this release writes, the steps, the parser. */
export interface UpcastSpec<T> {
  /** The schema name used in errors, e.g. `Programme`. */
  readonly schema: string;
  /** The `schemaVersion` this release writes. */
  readonly current: number;
  /** `steps[n]` lifts version `n` to `n + 1`; versions without a path to `current` are refused. */
  readonly steps?: Readonly<Record<number, UpcastStep>>;
  /** Validates the record once it is at `current`. */
  readonly parse: Parser<T>;
}

/** Reads a stored record of any released version. Never throws, never modifies its input. */
export type Upcaster<T> = (input: unknown) => Result<T, UpcastError>;

const isRecord = (x: unknown): x is Readonly<Record<string, unknown>> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Makes the reader for one stored shape: a record at an older `schemaVersion` is lifted step by
 * step to `current`, then parsed; a record at `current` is parsed as it is; anything else is
 * `unsupported-schema-version`. Input without a `schemaVersion` goes straight to the parser
 * (which reports it). Hostile input (throwing getters, proxies) gives a `ParseError`.
 *
 * @example
 * export const upcastProgramme = makeUpcaster({
 *   schema: 'Programme',
 *   current: 2,
 *   steps: { 1: (v1) => ({ ...v1, sessions: addKinds(v1.sessions) }) },
 *   parse: parseProgramme,
 * });
 */
export function makeUpcaster<T>(spec: UpcastSpec<T>): Upcaster<T> {
  const { schema, current, steps = {}, parse } = spec;
  const unsupported = (found: unknown): Result<never, UnsupportedSchemaVersion> =>
    err({
      code: 'unsupported-schema-version',
      message: `${schema} schemaVersion ${typeof found === 'number' ? found : typeof found} cannot be read by this release (it reads ${current}${Object.keys(steps).length > 0 ? ` and upcasts ${Object.keys(steps).join(', ')}` : ''}).`,
      details: { schemaVersion: typeof found === 'number' ? found : String(typeof found) },
      schema,
      found: typeof found === 'number' ? found : typeof found,
      current,
    });
  return (input) => {
    try {
      if (!isRecord(input) || !('schemaVersion' in input)) return parse(input);
      let record: Readonly<Record<string, unknown>> = input;
      let version: unknown = record.schemaVersion;
      if (version === current) return parse(record);
      while (typeof version === 'number' && Number.isInteger(version) && version < current) {
        const step = steps[version];
        if (step === undefined) return unsupported(version);
        record = { ...step(record), schemaVersion: version + 1 };
        version = version + 1;
      }
      return version === current ? parse(record) : unsupported(version);
    } catch {
      return err(unreadableInput(schema));
    }
  };
}
