import type { RecordId, TenantId } from '@livewell/core';
import { type ChangeCursor, createMemoryStore } from '@livewell/storage';
import { describe, expect, it } from 'vitest';
import { exampleDirectory } from '../directory/example-directory.js';
import { applyFeedPage, type DirectoryKind } from './feed.js';
import { createSearchIndex, type SearchIndex } from './search-index.js';

const tenantId = 'tenant-feed' as TenantId;
const now = '2026-11-29T12:00:00Z';
const directory = exampleDirectory(tenantId, '2026-11-01');

/** Reads a feed to its end, a page of `size` at a time, with one call per page. */
async function drain(
  index: SearchIndex,
  kind: DirectoryKind,
  feed: (
    c: ChangeCursor | null,
    n: number,
  ) => Promise<{ items: readonly { record: unknown }[]; cursor: ChangeCursor; hasMore: boolean }>,
  from: ChangeCursor | null,
  size = 2,
): Promise<ChangeCursor | null> {
  let cursor = from;
  for (;;) {
    const r = applyFeedPage(index, kind, tenantId, await feed(cursor, size));
    if (!r.ok) throw new Error(r.error.message);
    cursor = r.value.cursor;
    if (!r.value.hasMore) return cursor;
  }
}

describe('feeding the index from the memory store’s change feed', () => {
  it('indexes every record, then follows later changes from the returned cursor', async () => {
    const store = createMemoryStore().forTenant(tenantId);
    // Services first: a service arriving before its location is placed when the location comes.
    for (const s of directory.services) await store.services.create(s);
    for (const l of directory.locations ?? []) await store.locations.create(l);
    const index = createSearchIndex();
    let services = await drain(index, 'service', (c, n) => store.services.changedSince(c, n), null);
    const locations = await drain(
      index,
      'location',
      (c, n) => store.locations.changedSince(c, n),
      null,
    );
    expect(index.size).toBe(directory.services.length);
    const all = { services: directory.services, locations: directory.locations ?? [] };
    const query = {
      tenantId,
      near: { point: { latitude: 53.8069, longitude: -1.5557 }, radiusKm: 10 },
    };
    expect(index.search(query, { now })).toEqual(createSearchIndex(all).search(query, { now }));

    // A later rename reaches the index through the cursor it handed back, and nothing else does.
    await store.services.update('svc-cafe' as RecordId, (s) => ({
      ok: true,
      value: { ...s, name: 'Moonlight café' },
    }));
    services = await drain(index, 'service', (c, n) => store.services.changedSince(c, n), services);
    const found = index.search({ tenantId, text: 'moonlight' }, { now });
    expect(found.ok && found.value.total).toBe(1);
    const again = applyFeedPage(
      index,
      'service',
      tenantId,
      await store.services.changedSince(services),
    );
    expect(again.ok && again.value.upserted).toBe(0);
    expect(locations).not.toBeNull();
  });

  it('applies reported removals and passes the store’s problems through', () => {
    const index = createSearchIndex(directory);
    const r = applyFeedPage(index, 'service', tenantId, {
      items: [],
      cursor: 'c1',
      removed: ['svc-cafe'],
      problems: [{ id: 'svc-broken', message: 'unreadable' }],
    });
    expect(r.ok && r.value).toEqual({
      cursor: 'c1',
      hasMore: false,
      upserted: 0,
      removed: 1,
      problems: [{ id: 'svc-broken', message: 'unreadable' }],
    });
    expect(index.getService(tenantId, 'svc-cafe' as RecordId)).toBeUndefined();
  });

  it('refuses a page holding another tenant’s record or a bad record, changing nothing', () => {
    const index = createSearchIndex(directory);
    const other = exampleDirectory('tenant-other' as TenantId, '2026-11-01').services[0];
    const renamed = { ...directory.services[0], name: 'Renamed' };
    for (const items of [
      [{ record: renamed }, { record: other }],
      [{ record: renamed }, { record: { id: 7 } }],
      [null],
    ]) {
      const r = applyFeedPage(index, 'service', tenantId, { items, cursor: 'c' } as never);
      expect(r.ok ? 'ok' : r.error.code).toBe('invalid-feed-page');
      expect(index.getService(tenantId, renamed.id as RecordId)?.name).not.toBe('Renamed');
    }
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    const r = applyFeedPage(index, 'service', tenantId, hostile as never);
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid-feed-page');
  });
});
