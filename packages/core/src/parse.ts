import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import type { ParseError, ParseIssue } from './error.js';
import { err, ok, type Result } from './result.js';

// English messages for zod/mini (see shared/ids.ts); idempotent.
z.config(en());

/** A boundary parser: takes untrusted data, returns the typed value or a {@link ParseError}. Never throws. */
export type Parser<T> = (input: unknown) => Result<T, ParseError>;

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'symbol' ? String(key) : key));
}

/**
 * The {@link ParseError} for input that could not even be read: a getter or proxy trap threw,
 * or the value is cyclic or too deep. Reads nothing from `cause` (it may be hostile too).
 */
export function unreadableInput(
  schema: string,
  path: readonly (string | number)[] = [],
): ParseError {
  return {
    code: 'invalid-input',
    message: `Invalid ${schema}: the input could not be read (a getter or proxy threw, or it is cyclic).`,
    schema,
    issues: [{ path, code: 'unreadable', message: 'The input could not be read.' }],
  };
}

/** Builds the {@link ParseError} for a zod failure, addressed by path. */
function fromZodIssues(schema: string, zodIssues: readonly z.core.$ZodIssue[]): ParseError {
  const issues: ParseIssue[] = zodIssues.map((issue) => ({
    path: toPath(issue.path),
    code: issue.code,
    message: issue.message,
  }));
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  return {
    code: 'invalid-input',
    message: `Invalid ${schema}${where}: ${first?.message ?? 'unknown problem'}`,
    schema,
    issues,
  };
}

/**
 * Makes a `parseX` function from a zod schema. The result never throws, even for hostile
 * input (getters or proxy traps that throw, cyclic objects, null prototypes): such input
 * becomes a `ParseError` with an `unreadable` issue. The input is never modified.
 */
export function makeParser<S extends z.core.$ZodType>(
  name: string,
  schema: S,
): Parser<z.output<S>> {
  return (input) => {
    try {
      const result = z.safeParse(schema, input);
      if (result.success) return ok(result.data);
      return err(fromZodIssues(name, result.error.issues));
    } catch {
      // zod reads properties with ordinary gets: a throwing getter or proxy trap lands here.
      return err(unreadableInput(name));
    }
  };
}

/**
 * Makes a `parseX` function for a list of values of one schema, for code that does not import
 * zod itself (the list schema is built here, with core's zod). Never throws, as {@link makeParser}.
 */
export function makeListParser<S extends z.core.$ZodType>(
  name: string,
  item: S,
): Parser<z.output<S>[]> {
  return makeParser(name, z.array(item));
}
