import type { z } from 'zod';
import type { ParseError, ParseIssue } from './error.js';
import { err, ok, type Result } from './result.js';

/** A boundary parser: takes untrusted data, returns the typed value or a {@link ParseError}. Never throws. */
export type Parser<T> = (input: unknown) => Result<T, ParseError>;

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'symbol' ? String(key) : key));
}

/**
 * Makes a `parseX` function from a zod schema. The result never throws, even for hostile
 * input (getters that throw, cyclic objects): such input becomes a `ParseError`.
 */
export function makeParser<S extends z.ZodType>(name: string, schema: S): Parser<z.output<S>> {
  return (input) => {
    try {
      const result = schema.safeParse(input);
      if (result.success) return ok(result.data);
      const issues: ParseIssue[] = result.error.issues.map((issue) => ({
        path: toPath(issue.path),
        code: issue.code,
        message: issue.message,
      }));
      const first = issues[0];
      const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
      return err({
        code: 'invalid-input',
        message: `Invalid ${name}${where}: ${first?.message ?? 'unknown problem'}`,
        schema: name,
        issues,
      });
    } catch (cause) {
      return err({
        code: 'invalid-input',
        message: `Invalid ${name}: the input could not be read (${cause instanceof Error ? cause.message : 'unreadable value'})`,
        schema: name,
        issues: [{ path: [], code: 'unreadable', message: 'The input could not be read.' }],
      });
    }
  };
}
