import type { UnscorableCode } from './types.js';

/** The first problem found in a response list. */
export interface ReadProblem {
  readonly code: UnscorableCode;
  readonly message: string;
  readonly itemId?: string;
}

/** The kinds of problem `readResponses` can find in a single entry. */
export type EntryProblemCode =
  | 'malformed-responses'
  | 'unknown-item'
  | 'duplicate-item'
  | 'not-an-integer'
  | 'out-of-range';

/**
 * Describes a problem with entry `r` (item `id`, value `value`) of a response list for the
 * instrument `name`. Kept out of the reading loop so the loop stays small enough for V8 to
 * inline into the scorer; it only runs for invalid input.
 */
export function entryProblem(
  code: EntryProblemCode,
  r: number,
  id: string,
  value: unknown,
  name: string,
): ReadProblem {
  switch (code) {
    case 'malformed-responses':
      return { code, message: `Response ${r} is not { itemId, value }.` };
    case 'unknown-item':
      return { code, message: `"${id}" is not an item of ${name}.`, itemId: id };
    case 'duplicate-item':
      return { code, message: `Item "${id}" is answered more than once.`, itemId: id };
    case 'not-an-integer':
      return { code, message: `Item "${id}" has a value that is not an integer.`, itemId: id };
    case 'out-of-range':
      return { code, message: `Item "${id}" cannot take the value ${value}.`, itemId: id };
  }
}
