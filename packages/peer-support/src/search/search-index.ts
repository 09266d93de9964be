import {
  createZoneClock,
  domainError,
  err,
  type GeoPoint,
  type Location,
  type Organisation,
  ok,
  type RecordId,
  type Result,
  type Service,
  type TenantId,
} from '@livewell/core';
import { type ColumnHit, columnHits, readAhead } from './column-hit.js';
import { makeContext, type QueryContext, type SearchError } from './context.js';
import { indexService } from './entry.js';
import { EntryCache } from './entry-cache.js';
import { match, toHit } from './evaluate.js';
import type { SearchPage } from './hit.js';
import type { DirectoryRecords } from './linear.js';
import { type CursorState, decode, pageOf, paginate } from './page.js';
import type { SearchOptions, SearchQuery } from './query.js';
import { ScheduleShapes } from './schedule-shapes.js';
import { candidateSlots } from './slot-candidates.js';
import { type Found, rankSlots, slotSession } from './slot-search.js';
import { SlotTable } from './slot-table.js';
import { STATUS_CODES } from './status-codes.js';
import { TenantMap } from './tenant-map.js';

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

/** A location id's record, when known, and the slots of the services held there. */
interface Place {
  location: Location | undefined;
  at: number | number[] | undefined;
}

/** Worked-out entries kept for queries the columns cannot answer alone (see `EntryCache`). */
const ENTRY_CACHE_SIZE = 2048;

/**
 * Builds a {@link SearchIndex} from directory records. Services are held as columns (see
 * `SlotTable`): distance queries are answered from grid-cell postings (by term within a cell)
 * and per-service numbers, with sessions remembered once per distinct schedule (see
 * `ScheduleShapes`), and only the returned page's hits are written out in full; other queries
 * start from the most selective posting (terms, words, cells) and test each candidate as
 * {@link linearSearch} does. Either way the results equal the scan's.
 *
 * @example
 * const index = createSearchIndex({ services, locations });
 * feed.forEach((change) => index.apply(change));
 * const page = index.search({ tenantId, terms: [walking], near: { point, radiusKm: 10 } }, { now });
 */
export function createSearchIndex(records: DirectoryRecords = { services: [] }): SearchIndex {
  const clock = createZoneClock();
  const shapes = new ScheduleShapes();
  const table = new SlotTable(shapes);
  const cache = new EntryCache(ENTRY_CACHE_SIZE);
  const slots = new TenantMap<number>();
  const organisations = new TenantMap<Organisation>();
  /** Per location id (by tenant): the location when known, and the slots of the services held there. */
  const places = new TenantMap<Place>();
  const placeOf = (tenantId: TenantId, locationId: RecordId): Place => {
    let place = places.get(tenantId, locationId);
    if (place === undefined) {
      place = { location: undefined, at: undefined };
      places.set(tenantId, locationId, place);
    }
    return place;
  };
  const slotsAt = (tenantId: TenantId, locationId: RecordId): number[] => {
    const at = places.get(tenantId, locationId)?.at;
    return at === undefined ? [] : typeof at === 'number' ? [at] : [...at];
  };
  /** Forgets a place that holds neither a location nor a service. */
  const tidy = (tenantId: TenantId, locationId: RecordId, place: Place) => {
    if (place.location === undefined && place.at === undefined) places.delete(tenantId, locationId);
  };
  let size = 0;

  const locationOf = (tenantId: TenantId, id: RecordId) => places.get(tenantId, id)?.location;
  const entryOf = (slot: number) =>
    cache.get(slot, () =>
      indexService(table.services[slot] as Service, locationOf, (s) => shapes.prepare(s)),
    );

  const unlinkService = (tenantId: TenantId, id: RecordId) => {
    const slot = slots.get(tenantId, id);
    if (slot === undefined) return;
    const old = table.services[slot] as Service;
    for (const sal of old.locations) {
      const place = places.get(tenantId, sal.locationId);
      if (place === undefined) continue;
      const left = slotsAt(tenantId, sal.locationId).filter((s) => s !== slot);
      place.at = left.length === 0 ? undefined : left.length === 1 ? (left[0] as number) : left;
      tidy(tenantId, sal.locationId, place);
    }
    table.remove(slot);
    cache.forget(slot);
    slots.delete(tenantId, id);
    size -= 1;
  };

  const upsertService = (service: Service) => {
    const { tenantId } = service;
    unlinkService(tenantId, service.id);
    const points: GeoPoint[] = [];
    const held: Place[] = [];
    for (const sal of service.locations) {
      const place = placeOf(tenantId, sal.locationId);
      held.push(place);
      const point = place.location?.address.point;
      if (point) points.push(point);
    }
    const slot = table.add(service, points);
    slots.set(tenantId, service.id, slot);
    size += 1;
    for (const place of held) {
      const at = place.at;
      if (at === undefined) place.at = slot;
      else if (typeof at === 'number') {
        if (at !== slot) place.at = [at, slot];
      } else if (!at.includes(slot)) at.push(slot);
    }
  };

  const reindexAt = (tenantId: TenantId, locationId: RecordId) => {
    for (const slot of slotsAt(tenantId, locationId)) {
      const service = table.services[slot];
      if (service) upsertService(service);
    }
  };

  const upsertLocation = (location: Location) => {
    placeOf(location.tenantId, location.id).location = location;
    reindexAt(location.tenantId, location.id);
  };

  const upsertOrganisation = (o: Organisation) => organisations.set(o.tenantId, o.id, o);

  const remove: SearchIndex['remove'] = (kind, tenantId, id) => {
    if (kind === 'service') unlinkService(tenantId, id);
    else if (kind === 'organisation') organisations.delete(tenantId, id);
    else {
      const place = places.get(tenantId, id);
      if (place?.location === undefined) return;
      place.location = undefined;
      reindexAt(tenantId, id);
      tidy(tenantId, id, place);
    }
  };

  /** Every other query: candidates from the postings, each tested by the shared matcher. */
  const searchEntries = (ctx: QueryContext): Found[] => {
    const tenant = table.tenantNumber(ctx.query.tenantId);
    let statusMask = 0;
    for (const s of ctx.statuses) statusMask |= 1 << STATUS_CODES.indexOf(s);
    const found: Found[] = [];
    const test = (slot: number) => {
      // Other tenants and unwanted known statuses cannot match: skip working their entries out.
      const status = table.status[slot] as number;
      if (table.tenant[slot] !== tenant || (status >= 0 && ((statusMask >>> status) & 1) === 0)) {
        return;
      }
      const m = match(entryOf(slot), ctx);
      if (m)
        found.push({
          service: m.service,
          slot,
          score: m.score,
          distanceKm: m.distanceKm,
          match: m,
        });
    };
    if (tenant < 0) return found;
    const candidates = candidateSlots(table, ctx);
    if (candidates) for (const slot of candidates) test(slot);
    else
      for (let slot = 0; slot < table.services.length; slot += 1)
        if (table.services[slot]) test(slot);
    return found;
  };

  /** A found slot's hit: from its match, else from the columns, else from its record. */
  const hitOf = (f: Found, ctx: QueryContext, fromColumns: ColumnHit) =>
    f.match === undefined
      ? (fromColumns(f) ??
        toHit(
          {
            service: f.service,
            score: f.score,
            distanceKm: f.distanceKm,
            session: slotSession(table, f.slot, ctx),
          },
          ctx,
        ))
      : toHit(f.match, ctx);

  for (const o of records.organisations ?? []) upsertOrganisation(o);
  for (const l of records.locations ?? []) placeOf(l.tenantId, l.id).location = l;
  table.deferCells();
  for (const s of records.services) upsertService(s);
  table.linkDeferred();

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
      let cursor: CursorState | undefined;
      if (ctx.cursor !== undefined) {
        cursor = decode(ctx.cursor);
        if (cursor === undefined) {
          return err(domainError('invalid-cursor', 'The cursor is not valid.'));
        }
      }
      const fromColumns = columnHits(table, ctx);
      const write = (f: Found) => hitOf(f, ctx, fromColumns);
      const ranked = rankSlots(table, ctx, entryOf, cursor);
      if (ranked) {
        readAhead(table, ranked.top);
        return ok(pageOf(ranked.total, ranked.top, ctx.limit, write));
      }
      return paginate(searchEntries(ctx), ctx.limit, ctx.cursor, write);
    },
    getService: (tenantId, id) => {
      const slot = slots.get(tenantId, id);
      return slot === undefined ? undefined : table.services[slot];
    },
    getOrganisation: (tenantId, id) => organisations.get(tenantId, id),
    getLocation: (tenantId, id) => places.get(tenantId, id)?.location,
    get size() {
      return size;
    },
  };
}
