import * as z from 'zod/mini';

/**
 * Shared leaf schemas for core's own records (not exported from the package). Hundreds of fields
 * are "1–N characters of text", and building a fresh schema for each one was a fifth of the schema
 * instances core makes at import (issue 18, cold start; docs/decisions/0015). zod schemas are
 * immutable — every method returns a new instance — so fields with the same rule share one
 * instance: what a field accepts, its messages and its JSON Schema are unchanged.
 */
/** Memoises a schema builder by its numeric limit (one schema per limit). */
export function perLimit<S>(build: (limit: number) => S): (limit: number) => S {
  const built = new Map<number, S>();
  return (limit) => {
    let schema = built.get(limit);
    if (schema === undefined) {
      schema = build(limit);
      built.set(limit, schema);
    }
    return schema;
  };
}

/** Text of 1 to `max` characters (one shared schema per `max`). */
export const boundedText = perLimit((max) => z.string().check(z.minLength(1), z.maxLength(max)));

/** An optional text of 1 to `max` characters (one shared schema per `max`). */
export const optionalBoundedText = perLimit((max) => z.optional(boundedText(max)));

/** Text of at most `max` characters, possibly empty (one shared schema per `max`). */
export const textUpTo = perLimit((max) => z.string().check(z.maxLength(max)));

const optionals = new WeakMap<z.core.SomeType, unknown>();

/**
 * `z.optional(schema)`, built once per schema: for the ids, instants and actors that dozens of
 * records carry as optional fields.
 */
export function optionalOf<T extends z.core.SomeType>(schema: T): z.ZodMiniOptional<T> {
  let optional = optionals.get(schema) as z.ZodMiniOptional<T> | undefined;
  if (optional === undefined) {
    optional = z.optional(schema);
    optionals.set(schema, optional);
  }
  return optional;
}
