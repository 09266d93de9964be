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
/** An id as shown in a message: at most 80 characters (ids come from outside). */
const shown = (id: string): string => (id.length > 80 ? `${id.slice(0, 80)}…` : id);

/** The message for a response set with too few answers for its missing-data rule. */
export const tooFewAnswersMessage = (name: string, answered: number, count: number): string =>
  `${name} needs more answers: ${answered} of ${count} items answered.`;

/** The message for a response list (or set) that cannot be read at all. */
export const UNREADABLE_MESSAGE = 'The responses could not be read.';

/** The message for responses that are not a list of entries. */
export const NOT_A_LIST_MESSAGE = 'Responses must be a list of { itemId, value }.';

/**
 * The most entries a response list may have. A definition has at most 200 items, each answered
 * once, so a longer list can never be scored; refusing it unread bounds the work a hostile list
 * (or a proxy claiming a huge length) can cause.
 */
export const MAX_ENTRIES = 10_000;

/** The message for a list longer than {@link MAX_ENTRIES}. */
export const TOO_LONG_MESSAGE = `Responses must be a list of at most ${MAX_ENTRIES} entries.`;

/** The message for a response set tagged with another instrument. */
export const wrongInstrumentMessage = (tagged: string, id: string): string =>
  `These responses are for "${shown(tagged)}", not "${id}".`;

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
      return { code, message: `"${shown(id)}" is not an item of ${name}.`, itemId: id };
    case 'duplicate-item':
      return { code, message: `Item "${shown(id)}" is answered more than once.`, itemId: id };
    case 'not-an-integer':
      return {
        code,
        message: `Item "${shown(id)}" has a value that is not an integer.`,
        itemId: id,
      };
    case 'out-of-range':
      return { code, message: `Item "${shown(id)}" cannot take the value ${value}.`, itemId: id };
  }
}
