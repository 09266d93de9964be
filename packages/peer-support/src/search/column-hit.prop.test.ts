import type { Coding, GeoPoint, Location, RecordId, Service, TenantId } from '@livewell/core';
import { directoryArb, needTermArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearSearch } from './linear.js';
import type { SearchQuery } from './query.js';
import { createSearchIndex } from './search-index.js';

const now = '2026-11-30T08:00:00Z';

/**
 * Services near one point whose hits the index writes from its columns, varied where the columns
 * could go wrong: a term shown in words of its own (another display, or none), places, never
 * verified, free or not, no schedule or several.
 */
const variedArb = fc
  .tuple(
    directoryArb.filter((d) => d.locations.length > 0 && d.services.length > 2),
    fc.array(
      fc.record({
        words: fc.constantFrom('same', 'other', 'none'),
        places: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
        verified: fc.constantFrom('2026-11-01', '2024-01-01', undefined),
        free: fc.boolean(),
        schedules: fc.constantFrom(0, 1, 2),
        r: fc.double({ min: 0, max: 1.1, noNaN: true }),
        angle: fc.double({ min: 0, max: 6.28, noNaN: true }),
      }),
      { minLength: 8, maxLength: 8 },
    ),
  )
  .map(([d, tweaks]) => {
    const centre: GeoPoint = { latitude: 52.5, longitude: -1.5 };
    const locations: Location[] = d.locations.map((l, i) => {
      const t = tweaks[i % tweaks.length] as (typeof tweaks)[number];
      const point = {
        latitude: centre.latitude + (t.r * 8 * Math.cos(t.angle)) / 111.19,
        longitude: centre.longitude + (t.r * 8 * Math.sin(t.angle)) / 68,
      };
      return { ...l, address: { ...l.address, point } };
    });
    const services: Service[] = [0, 1, 2].flatMap((copy) =>
      d.services.map((s, i) => {
        const t = tweaks[(i + copy) % tweaks.length] as (typeof tweaks)[number];
        const at = locations[(i + copy * 3) % locations.length] as Location;
        const shown = (c: Coding): Coding => {
          if (t.words === 'same') return c;
          const { display: _display, ...bare } = c;
          return t.words === 'none' ? bare : { ...bare, display: `${c.code} (${copy})` };
        };
        const schedules = [...s.schedules, ...s.locations.flatMap((sal) => sal.schedules)];
        const own = Array.from(
          { length: t.schedules },
          (_, k) => schedules[k % Math.max(1, schedules.length)],
        ).filter((x) => x !== undefined);
        const { lastVerified: _lv, capacity: _cap, ...rest } = s;
        return {
          ...rest,
          id: `${s.id}-${copy}` as RecordId,
          needs: s.needs.map(shown),
          conditions: s.conditions.map(shown),
          cost: t.free ? { kind: 'free' as const } : s.cost,
          ...(t.places === undefined
            ? {}
            : {
                capacity: {
                  placesPerSession: 30,
                  available: t.places,
                  updated: '2026-11-01T00:00:00Z',
                },
              }),
          ...(t.verified === undefined ? {} : { lastVerified: t.verified }),
          locations: [{ id: `sal-${i}-${copy}` as RecordId, locationId: at.id, schedules: own }],
          schedules: [],
        } as Service;
      }),
    );
    return { directory: { ...d, locations, services }, centre };
  });

describe('hits written from the columns', () => {
  it('are the hits the scan writes from the records, key for key', () => {
    let hits = 0;
    fc.assert(
      fc.property(
        variedArb,
        fc.uniqueArray(needTermArb, { minLength: 1, maxLength: 3, selector: (c) => c.code }),
        fc.integer({ min: 1, max: 12 }),
        ({ directory, centre }, terms, limit) => {
          const tenantId = directory.services[0]?.tenantId ?? ('t' as TenantId);
          const query: SearchQuery = { tenantId, terms, near: { point: centre, radiusKm: 10 } };
          const index = createSearchIndex(directory);
          const got = index.search(query, { now, limit });
          const want = linearSearch(directory, query, { now, limit });
          expect(JSON.stringify(got)).toBe(JSON.stringify(want));
          if (got.ok) hits += got.value.hits.length;
        },
      ),
      { numRuns: 120 },
    );
    expect(hits).toBeGreaterThan(200);
  });

  it('answers each query window afresh when windows, holidays and the clock change on one index', () => {
    fc.assert(
      fc.property(
        variedArb,
        fc.array(
          fc.record({
            days: fc.integer({ min: 0, max: 20 }),
            length: fc.integer({ min: 1, max: 10 }),
            holidays: fc.constantFrom([], ['2026-12-01'], ['2026-12-25', '2026-12-08']),
            // The clock moves on within one window too (a session's words change with it).
            later: fc.integer({ min: 0, max: 40 }),
          }),
          { minLength: 2, maxLength: 6 },
        ),
        ({ directory, centre }, windows) => {
          const tenantId = directory.services[0]?.tenantId ?? ('t' as TenantId);
          const index = createSearchIndex(directory);
          for (const w of [...windows, ...windows]) {
            const fromMs = Date.parse(now) + w.days * 86_400_000;
            const from = new Date(fromMs).toISOString();
            const until = new Date(fromMs + w.length * 86_400_000).toISOString();
            const query: SearchQuery = {
              tenantId,
              near: { point: centre, radiusKm: 10 },
              sessionBetween: { from, until },
            };
            // The same window asked at three instants: its sessions' words differ between them.
            for (const later of [w.later, 0, w.later + 30]) {
              const at = new Date(Date.parse(now) + later * 6 * 3_600_000).toISOString();
              const options = { now: at, limit: 5, bankHolidays: w.holidays };
              expect(JSON.stringify(index.search(query, options))).toBe(
                JSON.stringify(linearSearch(directory, query, options)),
              );
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
