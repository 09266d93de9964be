import type { RecordId, Service, TenantId } from '@livewell/core';
import { conditionTermArb, directoryArb, needTermArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearSearch } from './linear.js';
import type { SearchQuery } from './query.js';
import { createSearchIndex } from './search-index.js';

const now = '2026-11-30T08:00:00Z';

/** An offset from the directory's corner: anywhere, or exactly on a grid cell's border (0.05°). */
const offsetArb = fc.oneof(
  fc.double({ min: 0, max: 0.12, noNaN: true }),
  fc.constantFrom(0, 0.05, 0.1, 0.05 - 1e-12, 0.1 + 1e-12),
);

/**
 * A directory crowded into a few grid cells (some services exactly on their borders), with services held at one or several of its
 * locations, repeated ids (the later record wins) and many terms per service (more than a cell
 * entry keeps).
 */
const crowdedArb = directoryArb
  .filter((d) => d.locations.length > 0 && d.services.length > 0)
  .chain((d) =>
    fc
      .tuple(
        fc.array(fc.tuple(offsetArb, offsetArb), {
          minLength: d.locations.length,
          maxLength: d.locations.length,
        }),
        fc.array(fc.tuple(fc.nat(), fc.nat(3)), {
          minLength: d.services.length,
          maxLength: d.services.length,
        }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.array(fc.array(fc.oneof(needTermArb, conditionTermArb), { maxLength: 6 }), {
          minLength: d.services.length,
          maxLength: d.services.length,
        }),
      )
      .map(([offsets, holds, repeats, extraTerms]) => {
        const locations = d.locations.map((l, i) => {
          const [dy = 0, dx = 0] = offsets[i] ?? [];
          return {
            ...l,
            address: { ...l.address, point: { latitude: 53.8 + dy, longitude: -1.55 + dx } },
          };
        });
        const services: Service[] = d.services.map((s, i) => {
          const [first = 0, count = 0] = holds[i] ?? [];
          const at = Array.from(
            { length: count },
            (_, k) => locations[(first + k) % locations.length],
          );
          const schedules = s.locations[0]?.schedules ?? s.schedules;
          return {
            ...s,
            needs: [...s.needs, ...(extraTerms[i] ?? [])],
            locations: at.flatMap((l, k) =>
              l ? [{ id: `sal-${i}-${k}` as RecordId, locationId: l.id, schedules }] : [],
            ),
          };
        });
        // Repeated ids: a later record with the same id replaces the earlier one.
        const again = repeats.flatMap((r) => {
          const s = services[r % services.length];
          return s ? [{ ...s, name: `${s.name} again`, status: 'active' as const }] : [];
        });
        return { ...d, locations, services: [...services, ...again] };
      }),
  );

const queryArb = fc.record({
  terms: fc.array(fc.oneof(needTermArb, conditionTermArb), { minLength: 0, maxLength: 4 }),
  termsMatch: fc.constantFrom('any' as const, 'all' as const),
  radiusKm: fc.integer({ min: 1, max: 20 }),
  centre: fc.constantFrom(
    { latitude: 53.86, longitude: -1.49 },
    // A grid corner (53.85°, -1.5°): cells on every side, borders through the centre.
    { latitude: 53.85, longitude: -1.5 },
    { latitude: 53.8, longitude: -1.55 },
  ),
  limit: fc.integer({ min: 1, max: 5 }),
});

describe('an index built in bulk (cells laid out once)', () => {
  it('answers as one built service by service, and as the scan over the records that won', () => {
    fc.assert(
      fc.property(crowdedArb, queryArb, (directory, spec) => {
        const bulk = createSearchIndex(directory);
        const one = createSearchIndex({ ...directory, services: [] });
        for (const l of directory.locations) one.upsertLocation(l);
        for (const s of directory.services) one.upsertService(s);
        // The records that won: the last with each id, in first-seen order.
        const last = new Map<string, Service>();
        for (const s of directory.services) last.set(s.id, s);
        const won = { ...directory, services: [...last.values()] };
        const query: SearchQuery = {
          tenantId: directory.organisations[0]?.tenantId ?? ('t' as TenantId),
          near: { point: spec.centre, radiusKm: spec.radiusKm },
          ...(spec.terms.length > 0 ? { terms: spec.terms, termsMatch: spec.termsMatch } : {}),
        };
        const options = { now, limit: spec.limit };
        const expected = linearSearch(won, query, options);
        expect(bulk.search(query, options)).toEqual(expected);
        expect(one.search(query, options)).toEqual(expected);
        // Updates after a bulk build grow the laid-out cells.
        const extra = directory.services.slice(0, 3).map((s, i) => ({
          ...s,
          id: `${s.id}-more-${i}` as RecordId,
        }));
        for (const s of extra) bulk.upsertService(s);
        const more = { ...won, services: [...won.services, ...extra] };
        expect(bulk.search(query, options)).toEqual(linearSearch(more, query, options));
      }),
      { numRuns: 200 },
    );
  });
});
