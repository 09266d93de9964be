import type { TenantId } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { exampleDirectory } from '../directory/example-directory.js';
import { supportNeeds } from '../directory/needs.js';
import type { SearchQuery } from './query.js';
import { createSearchIndex } from './search-index.js';

const tenant = 'tenant-1' as TenantId;
const directory = exampleDirectory(tenant, '2026-11-01');
const home = { latitude: 53.8069, longitude: -1.5557 }; // near Leeds University
const now = '2026-11-29T12:00:00Z'; // a Sunday

describe('searching the example directory', () => {
  const index = createSearchIndex(directory);

  it('finds services by need within a distance, ranked, with reasons', () => {
    const r = index.search(
      {
        tenantId: tenant,
        terms: [supportNeeds.physicalActivity, supportNeeds.weight],
        near: { point: home, radiusKm: 10 },
      },
      { now },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.hits.map((h) => h.service.id)).toEqual(['svc-walking', 'svc-cookery']);
    const walking = r.value.hits[0];
    expect(walking?.reasons.map((x) => x.text)).toEqual([
      "serves 'physical activity'",
      "serves 'weight management'",
      '900 m away',
      'next session Tuesday 10:00',
      '9 places available',
      'free',
    ]);
  });

  it('filters open now, places available, free, delivery mode and time window', () => {
    const at = (q: Omit<SearchQuery, 'tenantId'>, when = now) => {
      const r = index.search({ tenantId: tenant, ...q }, { now: when });
      return r.ok ? r.value.hits.map((h) => h.service.id) : r.error.code;
    };
    expect(at({ openNow: true }, '2026-11-29T22:30:00Z')).toEqual(['svc-cafe', 'svc-nightline']);
    expect(at({ openNow: true }, '2026-11-30T01:30:00Z')).toEqual(['svc-nightline']);
    expect(at({ placesAvailable: true, terms: [supportNeeds.healthyEating] })).toEqual([
      'svc-skills',
    ]);
    expect(at({ freeOnly: true, terms: [supportNeeds.healthyEating] })).toEqual(['svc-skills']);
    expect(at({ deliveryModes: ['phone'] })).toEqual(['svc-nightline']);
    expect(
      at({
        text: 'walk',
        sessionBetween: { from: '2026-12-01T09:00:00Z', until: '2026-12-01T12:00:00Z' },
      }),
    ).toEqual(['svc-walking']);
    expect(
      at({
        text: 'walk',
        sessionBetween: { from: '2026-12-02T09:00:00Z', until: '2026-12-02T12:00:00Z' },
      }),
    ).toEqual([]);
  });

  it('flags stale services instead of hiding them', () => {
    const r = index.search(
      { tenantId: tenant, text: 'café' },
      { now: '2028-01-01T12:00:00Z', maxAgeDays: 180 },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.hits).toHaveLength(1);
    expect(r.value.hits[0]?.stale).toBe(true);
    expect(r.value.hits[0]?.reasons.at(-1)?.code).toBe('stale');
  });

  it('pages with an opaque cursor and rejects a forged one', () => {
    const first = index.search({ tenantId: tenant }, { now, limit: 2 });
    if (!first.ok || !first.value.nextCursor) throw new Error('expected a second page');
    expect(first.value.total).toBe(5);
    const second = index.search(
      { tenantId: tenant },
      { now, limit: 2, cursor: first.value.nextCursor },
    );
    expect(second.ok && second.value.hits.length).toBe(2);
    const bad = index.search({ tenantId: tenant }, { now, cursor: 'not-a-cursor' });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('invalid-cursor');
    const badQuery = index.search(
      { tenantId: tenant, near: { point: home, radiusKm: -1 } },
      { now },
    );
    expect(badQuery.ok ? 'ok' : badQuery.error.code).toBe('invalid-query');
  });

  it('updates record by record', () => {
    const local = createSearchIndex(directory);
    const cafe = directory.services.find((s) => s.id === 'svc-cafe');
    if (!cafe) throw new Error('no café');
    local.apply({ op: 'upsert', kind: 'service', record: { ...cafe, name: 'Moonlight café' } });
    const found = local.search({ tenantId: tenant, text: 'moonlight' }, { now });
    expect(found.ok && found.value.total).toBe(1);
    local.remove('service', tenant, cafe.id);
    const gone = local.search({ tenantId: tenant, text: 'moonlight' }, { now });
    expect(gone.ok && gone.value.total).toBe(0);
    expect(local.size).toBe(4);
  });

  it('searches one tenant only, and refuses a query without a tenant (issue 11)', () => {
    const other = 'tenant-2' as TenantId;
    const both = createSearchIndex({
      services: [...directory.services, ...exampleDirectory(other, '2026-11-01').services],
      locations: [
        ...(directory.locations ?? []),
        ...(exampleDirectory(other, '2026-11-01').locations ?? []),
      ],
    });
    for (const tenantId of [tenant, other]) {
      const r = both.search({ tenantId }, { now, limit: 200 });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.total).toBe(5);
      expect(r.value.hits.every((h) => h.service.tenantId === tenantId)).toBe(true);
    }
    const none = both.search({ tenantId: 'tenant-3' as TenantId }, { now });
    expect(none.ok && none.value.total).toBe(0);
    for (const tenantId of [undefined, '', 'bad tenant!', 7]) {
      const query = { tenantId } as unknown as SearchQuery;
      const r = both.search(query, { now });
      expect(r.ok ? 'ok' : r.error.code).toBe('invalid-query');
    }
  });
});
