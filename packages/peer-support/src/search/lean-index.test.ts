import type { RecordId, Service, TenantId } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { exampleDirectory } from '../directory/example-directory.js';
import { linearSearch } from './linear.js';
import { createSearchIndex } from './search-index.js';

const tenant = 'tenant-1' as TenantId;
const directory = exampleDirectory(tenant, '2026-11-01');
const now = '2026-11-29T12:00:00Z';
const walking = directory.services.find((s) => s.id === 'svc-walking') as Service;
const home = { latitude: 53.8069, longitude: -1.5557 };

/** `n` copies of the walking group, each with its own ids (same schedule content). */
const copies = (n: number): Service[] =>
  Array.from({ length: n }, (_, i) => ({
    ...walking,
    id: `svc-copy-${i}` as RecordId,
    locations: walking.locations.map((sal) => ({
      ...sal,
      schedules: sal.schedules.map((s) => ({ ...s, id: `sch-copy-${i}` as RecordId })),
    })),
  }));

describe('the lean index', () => {
  it('finds the service in slot 0 when it is alone in its cell (regression)', () => {
    const one = { services: [walking], locations: directory.locations };
    const query = { tenantId: tenant, near: { point: home, radiusKm: 5, includeRemote: true } };
    const r = createSearchIndex(one).search(query, { now });
    expect(r).toEqual(linearSearch(one, query, { now }));
    expect(r.ok && r.value.total).toBe(1);
  });

  it("writes each hit's own schedule id although equal schedules share remembered sessions", () => {
    const services = copies(3);
    const index = createSearchIndex({ services, locations: directory.locations });
    const r = index.search({ tenantId: tenant, near: { point: home, radiusKm: 5 } }, { now });
    if (!r.ok) throw new Error(r.error.message);
    const ids = r.value.hits.map((h) => [h.service.id, h.nextSession?.scheduleId]);
    expect(ids).toEqual([
      ['svc-copy-0', 'sch-copy-0'],
      ['svc-copy-1', 'sch-copy-1'],
      ['svc-copy-2', 'sch-copy-2'],
    ]);
  });

  it('keeps a word every service has (a bitset posting) searchable through removals', () => {
    const services = copies(5000);
    const index = createSearchIndex({ services, locations: directory.locations });
    const total = () => {
      const r = index.search({ tenantId: tenant, text: 'walking' }, { now, limit: 1 });
      return r.ok ? r.value.total : -1;
    };
    expect(total()).toBe(5000);
    for (const s of services.slice(0, 10)) index.remove('service', tenant, s.id);
    expect(total()).toBe(4990);
    expect(index.size).toBe(4990);
  });
});
