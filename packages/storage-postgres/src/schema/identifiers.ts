/** The PostgreSQL schema the adapter uses when none is given. */
export const DEFAULT_SCHEMA = 'livewell';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The error thrown when a schema name is not a plain lower-case SQL identifier. */
export class InvalidSchemaNameError extends Error {
  /** Stable code for matching. */
  readonly code = 'invalid-schema-name' as const;
  constructor(readonly schema: string) {
    super(`Schema name "${schema}" must match ${SCHEMA_NAME} (lower-case letters, digits, _).`);
    this.name = 'InvalidSchemaNameError';
  }
}

/**
 * Validates a schema name and returns it double-quoted for use in statement text. Schema names
 * are configuration, never user data, and are the only identifiers not fixed in the source.
 */
export function quoteSchema(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) throw new InvalidSchemaNameError(schema);
  return `"${schema}"`;
}

/** 32-bit FNV-1a of `text` as a signed int (fits PostgreSQL `int4`, e.g. an advisory-lock key). */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}
