import {
  createZoneClock,
  type Location,
  type Organisation,
  type RecordId,
  type Result,
  type Service,
  type TenantId,
} from '@livewell/core';
import { makeContext, type SearchError } from './context.js';
import { type IndexedService, indexService, recordKey } from './entry.js';
import { type Match, match, toHit } from './evaluate.js';
import type { SearchPage } from './hit.js';
import type { DirectoryRecords } from './linear.js';
import { PackedServices } from './packed.js';
import { type Ranked, searchPacked } from './packed-search.js';
import { paginate } from './page.js';
import { Postings } from './postings.js';
import type { SearchOptions, SearchQuery } from './query.js';

/** One change from a storage `changedSince` feed. */
export type DirectoryChange =
  | { readonly op: 'upsert'; readonly kind: 'service'; readonly record: Service }
  | { readonly op: 'upsert'; readonly kind: 'location'; readonly record: Location }
  | { readonly op: 'upsert'; readonly kind: 'organisation'; readonly record: Organisation }
  | {
      readonly op: 'remove';
      readonly kind: 'service' | 'location' | 'organisation';
      readonly tenantId: TenantId;
      readonly id: RecordId;
    };

/**
 * An in-memory search index over a directory, kept current record by record. It is a mutable
 * object owned by its caller; it never reads the clock (`now` comes in with each search).
 */
export interface SearchIndex {
  /** Adds or replaces a service. */
  upsertService(service: Service): void;
  /** Adds or replaces a location; services held there are re-indexed. */
  upsertLocation(location: Location): void;
  /** Adds or replaces an organisation. */
  upsertOrganisation(organisation: Organisation): void;
  /** Removes a record; unknown ids are ignored. */
  remove(kind: 'service' | 'location' | 'organisation', tenantId: TenantId, id: RecordId): void;
  /** Applies one change from a storage feed. */
  apply(change: DirectoryChange): void;
  /** Runs a query; results are ranked (see `SCORE_WEIGHTS`) and paged by an opaque cursor. */
  search(query: SearchQuery, options: SearchOptions): Result<SearchPage, SearchError>;
  /** The indexed service with this tenant and id. */
  getService(tenantId: TenantId, id: RecordId): Service | undefined;
  /** The indexed organisation with this tenant and id. */
  getOrganisation(tenantId: TenantId, id: RecordId): Organisation | undefined;
  /** The indexed location with this tenant and id. */
  getLocation(tenantId: TenantId, id: RecordId): Location | undefined;
  /** Number of services indexed. */
  readonly size: number;
}

/** A ranked service as a match without session or distance (never needed: see `searchPacked`). */
const asMatch = (r: Ranked): Match => ({ ...r, distanceKm: undefined, session: undefined });

/**
 * Builds a {@link SearchIndex} from directory records. Queries with a point and radius are
 * answered from (term, 0.05° grid cell) postings and packed per-service rows (point, status,
 * remembered next session), and only the returned page's hits are written out in full; other
 * queries start from the most selective inverted index (terms, words, grid) and test each
 * candidate as {@link linearSearch} does. Either way the results equal the scan's.
 *
 * @example
 * const index = createSearchIndex({ services, locations });
 * feed.forEach((change) => index.apply(change));
 * const page = index.search({ tenantId, terms: [walking], near: { point, radiusKm: 10 } }, { now });
 */
export function createSearchIndex(records: DirectoryRecords = { services: [] }): SearchIndex {
  const clock = createZoneClock();
  const services = new Map<string, IndexedService>();
  const locations = new Map<string, Location>();
  const organisations = new Map<string, Organisation>();
  const servicesAt = new Map<string, Set<string>>();
  const postings = new Postings();
  const packed = new PackedServices();

  const unlinkService = (key: string) => {
    const old = services.get(key);
    if (!old) return;
    postings.remove(old);
    packed.remove(old);
    for (const sal of old.service.locations) {
      servicesAt.get(recordKey(old.service.tenantId, sal.locationId))?.delete(key);
    }
    services.delete(key);
  };

  const upsertService = (service: Service) => {
    const key = recordKey(service.tenantId, service.id);
    unlinkService(key);
    const entry = indexService(service, (k) => locations.get(k));
    services.set(key, entry);
    postings.add(entry);
    packed.add(entry);
    for (const sal of service.locations) {
      const lk = recordKey(service.tenantId, sal.locationId);
      const set = servicesAt.get(lk) ?? new Set<string>();
      set.add(key);
      servicesAt.set(lk, set);
    }
  };

  const reindexAt = (locationKey: string) => {
    for (const key of [...(servicesAt.get(locationKey) ?? [])]) {
      const entry = services.get(key);
      if (entry) upsertService(entry.service);
    }
  };

  const upsertLocation = (location: Location) => {
    const key = recordKey(location.tenantId, location.id);
    locations.set(key, location);
    reindexAt(key);
  };

  const upsertOrganisation = (o: Organisation) => {
    organisations.set(recordKey(o.tenantId, o.id), o);
  };

  const remove: SearchIndex['remove'] = (kind, tenantId, id) => {
    const key = recordKey(tenantId, id);
    if (kind === 'service') unlinkService(key);
    else if (kind === 'organisation') organisations.delete(key);
    else if (locations.delete(key)) reindexAt(key);
  };

  for (const o of records.organisations ?? []) upsertOrganisation(o);
  for (const l of records.locations ?? []) locations.set(recordKey(l.tenantId, l.id), l);
  for (const s of records.services) upsertService(s);

  return {
    upsertService,
    upsertLocation,
    upsertOrganisation,
    remove,
    apply(change) {
      if (change.op === 'remove') remove(change.kind, change.tenantId, change.id);
      else if (change.kind === 'service') upsertService(change.record);
      else if (change.kind === 'location') upsertLocation(change.record);
      else upsertOrganisation(change.record);
    },
    search(query, options) {
      const made = makeContext(query, options, clock);
      if (!made.ok) return made;
      const ctx = made.value;
      const ranked = searchPacked(packed, ctx);
      if (ranked) {
        // Scored from packed rows; the page's hits are worked out in full by the shared matcher.
        const write = (r: Ranked) => toHit(match(r.entry, ctx) ?? asMatch(r), ctx);
        return paginate(ranked, ctx.limit, ctx.cursor, write);
      }
      const matches: Match[] = [];
      for (const entry of postings.candidates(ctx) ?? services.values()) {
        const m = match(entry, ctx);
        if (m) matches.push(m);
      }
      return paginate(matches, ctx.limit, ctx.cursor, (m) => toHit(m, ctx));
    },
    getService: (tenantId, id) => services.get(recordKey(tenantId, id))?.service,
    getOrganisation: (tenantId, id) => organisations.get(recordKey(tenantId, id)),
    getLocation: (tenantId, id) => locations.get(recordKey(tenantId, id)),
    get size() {
      return services.size;
    },
  };
}
