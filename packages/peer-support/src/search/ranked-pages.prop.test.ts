import type { GeoPoint, Location, RecordId, TenantId } from '@livewell/core';
import { directoryArb, needTermArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearSearch } from './linear.js';
import type { SearchQuery } from './query.js';
import { createSearchIndex } from './search-index.js';

/**
 * Locations crowded round one point (a few km either way, some right on the circle's edge), so
 * a distance query finds many services over many grid cells, and the index's pruning (scoring in
 * full only matches that may still reach the page) and flat distance test are put to work.
 */
const crowdedArb = fc
  .tuple(
    directoryArb.filter((d) => d.locations.length > 1 && d.services.length > 3),
    fc.record({
      latitude: fc.double({ min: 50, max: 55, noNaN: true }),
      longitude: fc.double({ min: -4, max: 1, noNaN: true }),
    }),
    fc.integer({ min: 2, max: 30 }),
    fc.array(
      fc.tuple(
        fc.double({ min: 0, max: 1.2, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
      ),
      {
        minLength: 40,
        maxLength: 40,
      },
    ),
  )
  .map(([d, centre, radiusKm, offsets]) => {
    const place = (i: number): GeoPoint => {
      const [share, angle] = offsets[i % offsets.length] as [number, number];
      // Every fourth location sits on the circle itself (to a metre either way).
      const r = i % 4 === 0 ? radiusKm + (share - 0.6) / 300 : share * radiusKm;
      return {
        latitude: centre.latitude + (r * Math.cos(angle)) / 111.19,
        longitude:
          centre.longitude +
          (r * Math.sin(angle)) / (111.19 * Math.cos((centre.latitude * Math.PI) / 180)),
      };
    };
    const locations: Location[] = d.locations.map((l, i) => ({
      ...l,
      address: { ...l.address, point: place(i) },
    }));
    // Each service four times over (new ids), each copy held at another location.
    const services = [0, 1, 2, 3].flatMap((copy) =>
      d.services.map((s, i) => {
        const id = `${s.id}-${copy}` as RecordId;
        const at = locations[(i + copy * 7) % locations.length];
        if (s.locations.length > 0 || !at) return { ...s, id };
        const sal = { id: `sal-${i}-0` as RecordId, locationId: at.id, schedules: s.schedules };
        return { ...s, id, locations: [sal], schedules: [] };
      }),
    );
    return { directory: { ...d, locations, services }, centre, radiusKm };
  });

describe('ranked pages (the index scores in full only what may reach the page)', () => {
  it('walks every page exactly as the scan, for pages of 1 to 4', () => {
    let paged = 0;
    fc.assert(
      fc.property(
        crowdedArb,
        fc.option(
          fc.uniqueArray(needTermArb, { minLength: 1, maxLength: 3, selector: (c) => c.code }),
          { nil: undefined },
        ),
        fc.constantFrom('any' as const, 'all' as const),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        ({ directory, centre, radiusKm }, terms, termsMatch, limit, window) => {
          const now = '2026-11-30T08:00:00Z';
          const query: SearchQuery = {
            tenantId: directory.organisations[0]?.tenantId ?? ('t' as TenantId),
            near: { point: centre, radiusKm },
            ...(terms ? { terms, termsMatch } : {}),
            ...(window ? { sessionBetween: { from: now, until: '2026-12-07T08:00:00Z' } } : {}),
            statuses: ['active', 'inactive', 'temporarily-closed', 'defunct'],
          };
          const index = createSearchIndex(directory);
          let cursor: string | undefined;
          let pages = 0;
          do {
            const options = { now, limit, ...(cursor === undefined ? {} : { cursor }) };
            const scan = linearSearch(directory, query, options);
            expect(index.search(query, options)).toEqual(scan);
            cursor = scan.ok ? scan.value.nextCursor : undefined;
            pages += 1;
          } while (cursor !== undefined && pages < 60);
          if (pages >= 3) paged += 1;
        },
      ),
      { numRuns: 150 },
    );
    // Not vacuous: many runs page through several pages of matches.
    expect(paged).toBeGreaterThan(30);
  });
});
