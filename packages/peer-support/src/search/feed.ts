import {
  type DomainError,
  domainError,
  err,
  ok,
  parseLocation,
  parseOrganisation,
  parseService,
  type RecordId,
  type Result,
  type TenantId,
} from '@livewell/core';
import type { DirectoryChange, SearchIndex } from './search-index.js';

/** The directory record kinds a change feed carries. */
export type DirectoryKind = 'service' | 'location' | 'organisation';

/**
 * One page of a directory change feed, shaped as storage's `changedSince` returns it
 * (`ChangeBatch`; written here by shape, so peer-support does not depend on storage).
 */
export interface DirectoryFeedPage<Cursor> {
  /** The current state of each record changed since the last page. */
  readonly items: readonly { readonly record: unknown }[];
  /** Where the next page starts. */
  readonly cursor: Cursor;
  /** True when more changes are waiting. */
  readonly hasMore?: boolean;
  /** Rows the store could not read (passed through, never dropped). */
  readonly problems?: readonly { readonly id: string; readonly message: string }[];
  /**
   * Ids of records deleted or erased since the last page, for feeds that report them
   * (storage's directory feeds have none today: a withdrawn service is a status change).
   */
  readonly removed?: readonly string[];
}

/** What a page did to the index, and where to read from next. */
export interface FeedPageApplied<Cursor> {
  /** Pass this to `changedSince` for the next page. */
  readonly cursor: Cursor;
  readonly hasMore: boolean;
  /** Records added or replaced, and removed. */
  readonly upserted: number;
  readonly removed: number;
  /** The store's unreadable rows in this page: not indexed, reported so nothing is lost silently. */
  readonly problems: readonly { readonly id: string; readonly message: string }[];
}

/** Why a feed page was refused (the index is left as it was). */
export type FeedPageError = DomainError<'invalid-feed-page'>;

const parsers = {
  service: parseService,
  location: parseLocation,
  organisation: parseOrganisation,
} as const;

function readPage<C>(
  kind: DirectoryKind,
  tenantId: TenantId,
  page: DirectoryFeedPage<C>,
): Result<{ changes: DirectoryChange[]; applied: FeedPageApplied<C> }, FeedPageError> {
  const refuse = (message: string) => err(domainError('invalid-feed-page', message));
  if (!(kind in parsers)) return refuse(`unknown record kind '${String(kind)}'`);
  if (typeof page !== 'object' || page === null || !Array.isArray(page.items)) {
    return refuse('a feed page needs an items list');
  }
  const changes: DirectoryChange[] = [];
  for (const [i, item] of page.items.entries()) {
    const parsed = parsers[kind](typeof item === 'object' && item !== null ? item.record : item);
    if (!parsed.ok) return refuse(`item ${i}: ${parsed.error.message}`);
    const record = parsed.value;
    if (record.tenantId !== tenantId) {
      return refuse(`item ${i}: record ${record.id} belongs to another tenant`);
    }
    changes.push({ op: 'upsert', kind, record } as DirectoryChange);
  }
  const removed = page.removed ?? [];
  if (!Array.isArray(removed) || removed.some((id) => typeof id !== 'string' || id === '')) {
    return refuse('removed must be a list of record ids');
  }
  for (const id of removed) changes.push({ op: 'remove', kind, tenantId, id: id as RecordId });
  const problems = page.problems ?? [];
  if (!Array.isArray(problems)) return refuse('problems must be a list');
  return ok({
    changes,
    applied: {
      cursor: page.cursor,
      hasMore: page.hasMore === true,
      upserted: page.items.length,
      removed: removed.length,
      problems: problems.map((p) => ({ id: String(p?.id), message: String(p?.message) })),
    },
  });
}

/**
 * Applies one page of a tenant's directory change feed (`store.services.changedSince(cursor)`
 * and the like) to a search index: each record is parsed and must belong to `tenantId`,
 * upserts and reported removals are applied, and the page's cursor is handed back for the
 * next call. A page with any record that fails is refused whole (`invalid-feed-page`) and
 * changes nothing; unreadable rows the store reported come back in `problems`. Pages of
 * locations and services may come in any order (a service indexed before its location is
 * placed when the location arrives).
 *
 * @example
 * let cursor = null;
 * do {
 *   const r = applyFeedPage(index, 'service', tenantId, await store.services.changedSince(cursor));
 *   if (!r.ok) throw new Error(r.error.message);
 *   cursor = r.value.cursor;
 * } while (r.value.hasMore);
 */
export function applyFeedPage<Cursor>(
  index: SearchIndex,
  kind: DirectoryKind,
  tenantId: TenantId,
  page: DirectoryFeedPage<Cursor>,
): Result<FeedPageApplied<Cursor>, FeedPageError> {
  let read: ReturnType<typeof readPage<Cursor>>;
  try {
    read = readPage(kind, tenantId, page);
  } catch {
    return err(domainError('invalid-feed-page', 'the feed page could not be read'));
  }
  if (!read.ok) return read;
  for (const change of read.value.changes) index.apply(change);
  return ok(read.value.applied);
}
