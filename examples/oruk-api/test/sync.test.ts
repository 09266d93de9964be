import type { TenantId } from '@livewell/core';
import { englandAndWalesBankHolidays, exampleDirectory } from '@livewell/peer-support';
import { orukApiDirectory, syncOrukApi } from '@livewell/peer-support/oruk';
import { createMemoryStore } from '@livewell/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gpPracticeDirectory } from '../src/directory.js';
import { storageSyncStore } from '../src/storage-store.js';
import { listen } from './listen.js';

const source = 'leeds-practice' as TenantId;
const target = 'hub' as TenantId;
let current = gpPracticeDirectory(source);
let api: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  api = await listen(() => current);
});
afterAll(() => api.close());

describe('the ORUK sync client against the example API over loopback HTTP', () => {
  it('adds everything, then syncs only changes, and withdraws what the feed drops', async () => {
    const store = createMemoryStore().forTenant(target);
    const options = { baseUrl: api.base, fetch, store: storageSyncStore(store), tenantId: target };
    const total = current.entries.length;
    // Paging edge: a page size that divides the list exactly (the last page is full).
    const perPage = [2, 3, 4, 5].find((n) => total % n === 0) ?? 1;
    const first = await syncOrukApi({ ...options, perPage });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.report.added.length).toBe(total);
    expect(first.value.report.pages).toBe(total / perPage);
    const stored = await store.services.list();
    expect(stored.items.length).toBe(total);

    // Unchanged feed: nothing written, page size 1 (every service on its own page).
    const again = await syncOrukApi({ ...options, perPage: 1, previous: first.value.state });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.report).toMatchObject({
      added: [],
      changed: [],
      withdrawn: [],
      unchanged: total,
    });

    // The source edits one service and withdraws another.
    const d = exampleDirectory(source, '2026-09-01');
    const [edited, dropped, ...rest] = d.services;
    if (!edited || !dropped) throw new Error('the example directory has services');
    current = orukApiDirectory({
      ...d,
      bankHolidays: [2026, 2027].flatMap(englandAndWalesBankHolidays),
      services: [{ ...edited, description: 'Now meets in the library.' }, ...rest],
    });
    const third = await syncOrukApi({ ...options, perPage: 100, previous: again.value.state });
    if (!third.ok) throw new Error(third.error.message);
    const oruk = (id: string) => current.entries.find((e) => e.service.id === id)?.oruk.id;
    expect(third.value.report.changed).toEqual([oruk(edited.id)]);
    expect(third.value.report.withdrawn.length).toBe(1);
    expect(third.value.report.unchanged).toBe(total - 2);
    const withdrawnId = third.value.report.withdrawn[0] as string;
    const w = await store.services.find(withdrawnId as never);
    expect(w?.record.status).toBe('inactive');
    const e = await store.services.find(oruk(edited.id) as never);
    expect(e?.record.description).toBe('Now meets in the library.');
  });

  it('a failing server writes nothing and returns a typed error', async () => {
    const store = createMemoryStore().forTenant(target);
    const r = await syncOrukApi({
      baseUrl: `${api.base}/no-such-api`,
      fetch,
      store: storageSyncStore(store),
      tenantId: target,
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('oruk-fetch-failed');
    expect((await store.services.list()).items).toEqual([]);
  });
});
