/**
 * The directory: add organisations, locations and services; search them. Each tenant's search
 * index is fed from the store's change feed (`changedSince`) before every search, so it sees
 * every committed change, including other instances' writes.
 */
import { parseLocation, parseOrganisation, parseService, type TenantId } from '@livewell/core';
import {
  createSearchIndex,
  parseSearchOptions,
  parseSearchQuery,
  type SearchIndex,
} from '@livewell/peer-support';
import type { ChangeCursor, DirectoryRepository, TenantStore } from '@livewell/storage';
import { withTenant } from '../request.js';
import type { Routes } from '../routes.js';
import { tenantRoute } from '../routes.js';

interface Feed {
  readonly index: SearchIndex;
  readonly cursors: Record<'organisations' | 'locations' | 'services', ChangeCursor | null>;
}

async function follow<T extends { readonly id: string }>(
  repository: DirectoryRepository<T>,
  from: ChangeCursor | null,
  apply: (record: T) => void,
): Promise<ChangeCursor | null> {
  let cursor = from;
  for (;;) {
    const batch = await repository.changedSince(cursor, 500);
    for (const { record } of batch.items) apply(record);
    cursor = batch.cursor;
    if (!batch.hasMore) return cursor;
  }
}

/** Brings a tenant's index up to date: organisations and locations first, then services. */
async function catchUp(feed: Feed, tenant: TenantStore): Promise<SearchIndex> {
  const { index, cursors } = feed;
  cursors.organisations = await follow(tenant.organisations, cursors.organisations, (r) =>
    index.upsertOrganisation(r),
  );
  cursors.locations = await follow(tenant.locations, cursors.locations, (r) =>
    index.upsertLocation(r),
  );
  cursors.services = await follow(tenant.services, cursors.services, (r) => index.upsertService(r));
  return index;
}

/** Directory routes. */
export const directoryRoutes: Routes = (app, settings) => {
  const feeds = new Map<TenantId, Feed>();
  const feedOf = (tenantId: TenantId): Feed => {
    const known = feeds.get(tenantId);
    if (known) return known;
    const feed: Feed = {
      index: createSearchIndex(),
      cursors: { organisations: null, locations: null, services: null },
    };
    feeds.set(tenantId, feed);
    return feed;
  };
  const base = '/tenants/:tenantId/directory';
  app.post(
    `${base}/organisations`,
    tenantRoute(settings, async ({ tenant, request, reply, problem }) => {
      const parsed = parseOrganisation(withTenant(request.body, tenant.tenantId));
      if (!parsed.ok) return problem(parsed.error);
      return reply.status(201).send(await tenant.organisations.create(parsed.value));
    }),
  );
  app.post(
    `${base}/locations`,
    tenantRoute(settings, async ({ tenant, request, reply, problem }) => {
      const parsed = parseLocation(withTenant(request.body, tenant.tenantId));
      if (!parsed.ok) return problem(parsed.error);
      return reply.status(201).send(await tenant.locations.create(parsed.value));
    }),
  );
  app.post(
    `${base}/services`,
    tenantRoute(settings, async ({ tenant, request, reply, problem }) => {
      const parsed = parseService(withTenant(request.body, tenant.tenantId));
      if (!parsed.ok) return problem(parsed.error);
      return reply.status(201).send(await tenant.services.create(parsed.value));
    }),
  );
  app.post(
    `${base}/search`,
    tenantRoute(settings, async ({ tenant, request, reply, problem }) => {
      const body = (request.body ?? {}) as { query?: unknown; limit?: unknown; cursor?: unknown };
      const query = parseSearchQuery(withTenant(body.query ?? {}, tenant.tenantId));
      if (!query.ok) return problem(query.error);
      const options = parseSearchOptions({
        now: settings.now(),
        ...(body.limit === undefined ? {} : { limit: body.limit }),
        ...(body.cursor === undefined ? {} : { cursor: body.cursor }),
      });
      if (!options.ok) return problem(options.error);
      const index = await catchUp(feedOf(tenant.tenantId), tenant);
      const page = index.search(query.value, options.value);
      return page.ok ? reply.send(page.value) : problem(page.error);
    }),
  );
};
