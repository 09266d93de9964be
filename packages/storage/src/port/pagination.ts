import type { ReadProblem } from './read-problem.js';
import type { Versioned } from './records.js';

/** An opaque pagination cursor. Pass it back unchanged; never build or parse one yourself. */
export type Cursor = string & { readonly __cursor: 'Cursor' };

/** An opaque position in a directory change feed (see `changedSince`). */
export type ChangeCursor = string & { readonly __cursor: 'ChangeCursor' };

/** The default number of items in a page when `limit` is not given. */
export const DEFAULT_PAGE_SIZE = 50;
/** The largest page a caller may ask for. */
export const MAX_PAGE_SIZE = 1000;

/** Which page to read: up to `limit` items after `cursor` (from the start when absent). */
export interface PageRequest {
  /** 1..{@link MAX_PAGE_SIZE}; default {@link DEFAULT_PAGE_SIZE}. */
  readonly limit?: number;
  readonly cursor?: Cursor;
}

/**
 * One page of a listing. `next` is the cursor of the following page, or `null` when this page is
 * the last. Pages are keyset-based: items inserted while paging never cause duplicates, and
 * every item that existed throughout the walk is seen exactly once.
 */
export interface Page<T> {
  readonly items: readonly T[];
  readonly next: Cursor | null;
  /**
   * The rows of this page that could not be read (damaged, or in a shape this release cannot
   * read), one typed problem each; `items` holds the rest. Usually empty.
   */
  readonly problems: readonly ReadProblem[];
}

/**
 * A batch from a change feed: the current state of records changed after the requested
 * position, in the order of their latest change, and the cursor to resume from (always set,
 * even when `items` is empty). A record changed several times appears once, at its latest change.
 */
export interface ChangeBatch<T> {
  readonly items: readonly Versioned<T>[];
  readonly cursor: ChangeCursor;
  /** True when more changes are waiting after `cursor` right now. */
  readonly hasMore: boolean;
  /** Changed rows that could not be read (see {@link Page.problems}); `items` holds the rest. */
  readonly problems: readonly ReadProblem[];
}
