import {
  createZoneClock,
  type Location,
  type Organisation,
  type Result,
  type Service,
} from '@livewell/core';
import { makeContext, type QueryContext, type SearchError } from './context.js';
import { type IndexedService, indexService, recordKey } from './entry.js';
import { type Match, match, toHit } from './evaluate.js';
import type { SearchPage } from './hit.js';
import { paginate } from './page.js';
import type { SearchOptions, SearchQuery } from './query.js';

/** The records of a directory: services and the locations and organisations they point at. */
export interface DirectoryRecords {
  readonly services: readonly Service[];
  readonly locations?: readonly Location[];
  readonly organisations?: readonly Organisation[];
}

/** Works out every service of a directory for searching (a repeated tenant and id: the last wins). */
export function indexAll(records: DirectoryRecords): IndexedService[] {
  const locations = new Map(
    (records.locations ?? []).map((l) => [recordKey(l.tenantId, l.id), l] as const),
  );
  const byKey = new Map<string, IndexedService>();
  for (const s of records.services) {
    byKey.set(
      recordKey(s.tenantId, s.id),
      indexService(s, (tenantId, id) => locations.get(recordKey(tenantId, id))),
    );
  }
  return [...byKey.values()];
}

/** Tests every entry against a prepared query. */
export function scanEntries(entries: readonly IndexedService[], ctx: QueryContext): Match[] {
  const matches: Match[] = [];
  for (const e of entries) {
    const m = match(e, ctx);
    if (m) matches.push(m);
  }
  return matches;
}

/**
 * Searches a directory by testing every service: the reference the search index must agree
 * with, and fine for small directories.
 */
export function linearSearch(
  records: DirectoryRecords,
  query: SearchQuery,
  options: SearchOptions,
): Result<SearchPage, SearchError> {
  const ctx = makeContext(query, options, createZoneClock());
  if (!ctx.ok) return ctx;
  const c = ctx.value;
  return paginate(scanEntries(indexAll(records), c), c.limit, c.cursor, (m) => toHit(m, c));
}
