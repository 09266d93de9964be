import type { Location, RecordId, Service, TenantId } from '@livewell/core';
import {
  conditionTermArb,
  directoryArb,
  englandPointArb,
  isoInstantArb,
  needTermArb,
} from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm } from './geo.js';
import type { SearchHit } from './hit.js';
import { linearSearch } from './linear.js';
import type { SearchOptions, SearchQuery } from './query.js';
import { createSearchIndex } from './search-index.js';

const nowArb = fc
  .integer({ min: Date.UTC(2025, 0, 1) / 1000, max: Date.UTC(2028, 11, 1) / 1000 })
  .map((s) => `${new Date(s * 1000).toISOString().slice(0, 19)}Z`);

/** The tenant of a generated directory (every record of one `directoryArb` shares it). */
const tenantOf = (d: { organisations: readonly { tenantId: TenantId }[] }): TenantId =>
  d.organisations[0]?.tenantId ?? ('t' as TenantId);

const queryArb = (now: string, tenantId: TenantId): fc.Arbitrary<SearchQuery> =>
  fc
    .record(
      {
        terms: fc.array(fc.oneof(needTermArb, conditionTermArb), { minLength: 1, maxLength: 3 }),
        termsMatch: fc.constantFrom('any' as const, 'all' as const),
        text: fc.constantFrom('a', 'e', 'o', 'walk', 'x y'),
        near: fc.record(
          {
            point: englandPointArb,
            radiusKm: fc.integer({ min: 1, max: 500 }),
            includeRemote: fc.boolean(),
          },
          { requiredKeys: ['point', 'radiusKm'] },
        ),
        sessionBetween: fc.integer({ min: -48, max: 24 * 20 }).chain((offset) =>
          fc.integer({ min: 1, max: 24 * 14 }).map((span) => {
            const from = Date.parse(now) + offset * 3_600_000;
            return {
              from: new Date(from).toISOString(),
              until: new Date(from + span * 3_600_000).toISOString(),
            };
          }),
        ),
        openNow: fc.boolean(),
        placesAvailable: fc.boolean(),
        freeOnly: fc.boolean(),
        deliveryModes: fc.subarray(['in-person', 'online', 'phone'] as const, { minLength: 1 }),
        accessibility: fc.subarray(['wheelchair-access', 'hearing-loop', 'parking'] as const),
        languages: fc.subarray(['en', 'cy', 'pl'] as const, { minLength: 1 }),
        statuses: fc.subarray(['active', 'inactive', 'defunct', 'temporarily-closed'] as const, {
          minLength: 1,
        }),
      },
      { requiredKeys: [] },
    )
    .chain((full) =>
      // Keep up to three criteria, so queries are selective but not hopeless.
      fc.shuffledSubarray(Object.keys(full), { maxLength: 3 }).map((keys) => {
        const q: Record<string, unknown> & { tenantId: TenantId } = { tenantId };
        for (const k of keys) q[k] = full[k as keyof typeof full];
        if (full.termsMatch && q.terms) q.termsMatch = full.termsMatch;
        return q as SearchQuery;
      }),
    );

const caseArb = fc.tuple(nowArb, directoryArb).chain(([now, directory]) =>
  fc.record({
    now: fc.constant(now),
    directory: fc.constant(directory),
    query: queryArb(now, tenantOf(directory)),
    stale: fc.integer({ min: 0, max: 2000 }),
    churn: fc.record({
      removeServices: fc.array(fc.nat(), { maxLength: 2 }),
      removeLocations: fc.array(fc.nat(), { maxLength: 1 }),
      moveLocations: fc.array(fc.tuple(fc.nat(), englandPointArb), { maxLength: 2 }),
    }),
  }),
);

const ids = (hits: readonly SearchHit[]) => hits.map((h) => h.service.id);

describe('search index equals a linear scan', () => {
  it('for random directories, updates and queries', () => {
    fc.assert(
      fc.property(
        caseArb,
        isoInstantArb,
        ({ now, directory, query, stale, churn }, lastVerified) => {
          // Build from an older version of the directory, then feed the changes record by record.
          const older = directory.services.map(
            (s): Service => ({
              ...s,
              name: `old ${s.name}`,
              lastVerified: lastVerified.slice(0, 10),
            }),
          );
          const index = createSearchIndex({
            services: older,
            locations: directory.locations,
            organisations: directory.organisations,
          });
          let services = [...directory.services];
          let locations: Location[] = [...directory.locations];
          for (const s of services) index.apply({ op: 'upsert', kind: 'service', record: s });
          for (const [pick, point] of churn.moveLocations) {
            const loc = locations[pick % Math.max(1, locations.length)];
            if (!loc) continue;
            const moved = { ...loc, address: { ...loc.address, point } };
            locations = locations.map((l) => (l.id === loc.id ? moved : l));
            index.apply({ op: 'upsert', kind: 'location', record: moved });
          }
          for (const pick of churn.removeServices) {
            const s = services[pick % Math.max(1, services.length)];
            if (!s) continue;
            services = services.filter((x) => x.id !== s.id);
            index.remove('service', s.tenantId, s.id);
          }
          for (const pick of churn.removeLocations) {
            const l = locations[pick % Math.max(1, locations.length)];
            if (!l) continue;
            locations = locations.filter((x) => x.id !== l.id);
            index.apply({ op: 'remove', kind: 'location', tenantId: l.tenantId, id: l.id });
          }
          const options: SearchOptions = { now, limit: 200, maxAgeDays: stale };
          const fromIndex = index.search(query, options);
          const fromScan = linearSearch({ services, locations }, query, options);
          expect(fromIndex).toEqual(fromScan);
          // Paging through three at a time gives the same list.
          const paged: SearchHit[] = [];
          let cursor: string | undefined;
          do {
            const page = index.search(query, {
              ...options,
              limit: 3,
              ...(cursor ? { cursor } : {}),
            });
            if (!page.ok) throw new Error(page.error.message);
            paged.push(...page.value.hits);
            cursor = page.value.nextCursor;
          } while (cursor !== undefined);
          if (fromScan.ok) expect(ids(paged)).toEqual(ids(fromScan.value.hits));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('for distance queries with and without terms (the grid never misses a service)', () => {
    const all = ['active', 'inactive', 'defunct', 'temporarily-closed'] as const;
    fc.assert(
      fc.property(
        directoryArb,
        nowArb,
        englandPointArb,
        fc.integer({ min: 1, max: 300 }),
        fc.option(fc.array(needTermArb, { minLength: 1, maxLength: 2 }), { nil: undefined }),
        fc.boolean(),
        (directory, now, point, radiusKm, terms, includeRemote) => {
          const query: SearchQuery = {
            tenantId: tenantOf(directory),
            near: { point, radiusKm, includeRemote },
            statuses: all,
            ...(terms ? { terms } : {}),
          };
          const options = { now, limit: 200 };
          const index = createSearchIndex(directory);
          expect(index.search(query, options)).toEqual(linearSearch(directory, query, options));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('answers like the scan at later and earlier instants (remembered sessions stay valid)', () => {
    fc.assert(
      fc.property(
        directoryArb,
        nowArb,
        fc.array(fc.integer({ min: -24 * 10, max: 24 * 30 }), { minLength: 2, maxLength: 5 }),
        fc.option(englandPointArb, { nil: undefined }),
        fc.boolean(),
        (directory, start, offsets, point, openNow) => {
          const index = createSearchIndex(directory);
          for (const hours of offsets) {
            const now = new Date(Date.parse(start) + hours * 3_600_000).toISOString();
            const query: SearchQuery = {
              tenantId: tenantOf(directory),
              statuses: ['active', 'inactive', 'defunct', 'temporarily-closed'],
              ...(point ? { near: { point, radiusKm: 80 } } : {}),
              ...(openNow ? { openNow } : {}),
            };
            const options = { now, limit: 200 };
            expect(index.search(query, options)).toEqual(linearSearch(directory, query, options));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('always finds a service just inside the radius (no grid cell is wrongly skipped)', () => {
    fc.assert(
      fc.property(
        directoryArb,
        nowArb,
        englandPointArb,
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (d, now, centre, f) => {
          const target = d.locations[0]?.address.point;
          if (!target) return;
          const radiusKm = distanceKm(centre, target) / Math.max(f, 0.001);
          const query: SearchQuery = {
            tenantId: tenantOf(d),
            near: { point: centre, radiusKm: Math.min(radiusKm, 60) },
            statuses: ['active', 'inactive', 'defunct', 'temporarily-closed'],
          };
          const options = { now, limit: 200 };
          expect(createSearchIndex(d).search(query, options)).toEqual(
            linearSearch(d, query, options),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('finds something for a good share of queries (the test is not vacuous)', () => {
    const stats = { some: 0, none: 0 };
    fc.assert(
      fc.property(caseArb, ({ now, directory, query }) => {
        const r = linearSearch(directory, query, { now, limit: 200 });
        if (r.ok && r.value.total > 0) stats.some += 1;
        else stats.none += 1;
      }),
      { numRuns: 200 },
    );
    expect(stats.some).toBeGreaterThan(15);
  });

  it('ignores ids repeated across tenants', () => {
    fc.assert(
      fc.property(directoryArb, nowArb, (d, now) => {
        const other = d.services.map((s) => ({
          ...s,
          tenantId: `${s.tenantId}x` as typeof s.tenantId,
        }));
        const index = createSearchIndex({ services: [...d.services, ...other] });
        index.remove('service', d.services[0]?.tenantId ?? ('t' as never), 'svc-1' as RecordId);
        const r = index.search(
          {
            tenantId: other[0]?.tenantId ?? ('t' as never),
            statuses: ['active', 'inactive', 'defunct', 'temporarily-closed'],
          },
          { now, limit: 200 },
        );
        if (r.ok) expect(r.value.total).toBe(other.length);
      }),
      { numRuns: 30 },
    );
  });
});
