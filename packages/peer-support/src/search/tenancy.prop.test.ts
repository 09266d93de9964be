import type { Location, Organisation, Service, TenantId } from '@livewell/core';
import {
  conditionTermArb,
  type DirectoryData,
  directoryArb,
  englandPointArb,
  needTermArb,
  personArb,
  tenantIdArb,
} from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestServices } from '../matching/suggest.js';
import { linearSearch } from './linear.js';
import type { SearchQuery } from './query.js';
import { createSearchIndex, type DirectoryChange } from './search-index.js';

const ALL_STATUSES = ['active', 'inactive', 'defunct', 'temporarily-closed'] as const;
const now = '2026-11-29T12:00:00Z';

/** One directory per tenant, every record moved to its tenant: ids repeat across tenants. */
const tenantsArb = fc
  .uniqueArray(tenantIdArb, { minLength: 2, maxLength: 3 })
  .chain((tenants) =>
    fc.tuple(
      fc.constant(tenants),
      fc.array(directoryArb, { minLength: tenants.length, maxLength: tenants.length }),
    ),
  )
  .map(([tenants, directories]) =>
    tenants.map((tenantId, i) => {
      const d = directories[i] as DirectoryData;
      return {
        tenantId,
        services: d.services.map((s): Service => ({ ...s, tenantId })),
        locations: d.locations.map((l): Location => ({ ...l, tenantId })),
        organisations: d.organisations.map((o): Organisation => ({ ...o, tenantId })),
      };
    }),
  );

/** A query without its tenant: a few criteria, all statuses so that most services qualify. */
const criteriaArb = fc.record(
  {
    terms: fc.array(fc.oneof(needTermArb, conditionTermArb), { minLength: 1, maxLength: 2 }),
    near: fc.record({
      point: englandPointArb,
      radiusKm: fc.integer({ min: 1, max: 400 }),
      includeRemote: fc.boolean(),
    }),
    text: fc.constantFrom('a', 'e', 'walk'),
    openNow: fc.boolean(),
    freeOnly: fc.boolean(),
  },
  { requiredKeys: [] },
);

type Tenant = {
  tenantId: TenantId;
  services: Service[];
  locations: Location[];
  organisations: Organisation[];
};

const union = (tenants: readonly Tenant[]) => ({
  services: tenants.flatMap((t) => t.services),
  locations: tenants.flatMap((t) => t.locations),
  organisations: tenants.flatMap((t) => t.organisations),
});

/** The same records as a change feed, tenants interleaved. */
const feed = (tenants: readonly Tenant[]): DirectoryChange[] => {
  const changes: DirectoryChange[] = [];
  const longest = Math.max(...tenants.map((t) => t.services.length + t.locations.length));
  for (let i = 0; i < longest; i += 1) {
    for (const t of tenants) {
      const l = t.locations[i];
      if (l) changes.push({ op: 'upsert', kind: 'location', record: l });
      const s = t.services[i];
      if (s) changes.push({ op: 'upsert', kind: 'service', record: s });
    }
  }
  return changes;
};

describe('one index fed by several tenants (issue 11, ADR 0002)', () => {
  it('answers each tenant exactly as an index of that tenant alone: no leak (index and scan)', () => {
    fc.assert(
      fc.property(tenantsArb, criteriaArb, (tenants, criteria) => {
        const all = union(tenants);
        const built = createSearchIndex(all);
        const fed = createSearchIndex();
        for (const change of feed(tenants)) fed.apply(change);
        for (const t of tenants) {
          const query: SearchQuery = { ...criteria, tenantId: t.tenantId, statuses: ALL_STATUSES };
          const options = { now, limit: 200 };
          const alone = createSearchIndex(t).search(query, options);
          if (!alone.ok) throw new Error(alone.error.message);
          for (const r of [
            built.search(query, options),
            fed.search(query, options),
            linearSearch(all, query, options),
          ]) {
            if (!r.ok) throw new Error(r.error.message);
            expect(r.value.hits.every((h) => h.service.tenantId === t.tenantId)).toBe(true);
            expect(r).toEqual(alone);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it('suggests only services of the person’s own tenant', () => {
    fc.assert(
      fc.property(
        tenantsArb,
        personArb,
        fc.nat(),
        fc.array(needTermArb, { minLength: 1, maxLength: 3 }),
        fc.option(englandPointArb, { nil: undefined }),
        (tenants, base, pick, needs, point) => {
          const t = tenants[pick % tenants.length] as Tenant;
          const person = { ...base, tenantId: t.tenantId };
          const place = point === undefined ? {} : { point };
          const options = { radiusKm: 300 };
          const mixed = suggestServices(
            createSearchIndex(union(tenants)),
            person,
            needs,
            place,
            now,
            options,
          );
          const alone = suggestServices(createSearchIndex(t), person, needs, place, now, options);
          if (!mixed.ok) throw new Error(mixed.error.message);
          expect(mixed.value.every((s) => s.service.tenantId === t.tenantId)).toBe(true);
          expect(mixed).toEqual(alone);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is not vacuous: tenants share ids and most queries find something', () => {
    let shared = 0;
    let found = 0;
    fc.assert(
      fc.property(tenantsArb, (tenants) => {
        const [a, b] = tenants as [Tenant, Tenant];
        if (a.services.some((s) => b.services.some((x) => x.id === s.id))) shared += 1;
        const r = createSearchIndex(union(tenants)).search(
          { tenantId: a.tenantId, statuses: ALL_STATUSES },
          { now, limit: 200 },
        );
        if (r.ok && r.value.total > 0) found += 1;
      }),
      { numRuns: 100 },
    );
    expect(shared).toBeGreaterThan(30);
    expect(found).toBeGreaterThan(30);
  });
});
