import type { RecordId, TenantId } from '@livewell/core';
import { directoryArb, englandPointArb, needTermArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearSearch } from './linear.js';
import type { SearchQuery } from './query.js';
import { createSearchIndex } from './search-index.js';

const startArb = fc
  .integer({ min: Date.UTC(2025, 0, 1) / 60_000, max: Date.UTC(2028, 11, 1) / 60_000 })
  .map((m) => m * 60_000);

/** Queries the packed path answers: a point and radius, terms, a window, statuses, a filter. */
const queryArb = fc.record(
  {
    terms: fc.uniqueArray(needTermArb, { minLength: 1, maxLength: 3, selector: (c) => c.code }),
    termsMatch: fc.constantFrom('any' as const, 'all' as const),
    radiusKm: fc.integer({ min: 1, max: 100 }),
    window: fc.boolean(),
    statuses: fc.subarray(['active', 'inactive', 'defunct', 'temporarily-closed'] as const, {
      minLength: 2,
    }),
    freeOnly: fc.constantFrom(false, false, false, true),
  },
  { requiredKeys: ['radiusKm'] },
);

/** A directory where every service is held at a location when there is one (so most are placed). */
const placedArb = directoryArb
  .filter((d) => d.locations.length > 0)
  .map((d) => ({
    ...d,
    services: d.services.map((s, i) => {
      const at = d.locations[i % d.locations.length];
      if (s.locations.length > 0 || !at) return s;
      const sal = { id: `sal-${i}-0` as RecordId, locationId: at.id, schedules: s.schedules };
      return { ...s, locations: [sal], schedules: [] };
    }),
  }));

describe('packed search (distance queries scored from packed rows)', () => {
  it('ranks and scores exactly as the scan, across instants, pages and updates', () => {
    fc.assert(
      fc.property(
        placedArb,
        fc.option(englandPointArb, { nil: undefined }),
        queryArb,
        startArb,
        fc.array(
          fc.tuple(
            fc.integer({ min: -24 * 3, max: 24 * 10 }),
            fc.integer({ min: -24, max: 24 * 3 }),
            fc.integer({ min: 1, max: 24 * 10 }),
            fc.boolean(),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        fc.nat(),
        (directory, fallback, spec, start, turns, pick) => {
          // Centre on a location (so there are candidates) unless there is none.
          const located = directory.locations[pick % Math.max(1, directory.locations.length)];
          const point = located?.address.point ?? fallback;
          if (!point) return;
          const index = createSearchIndex(directory);
          let services = [...directory.services];
          turns.forEach(([h, from, span, holidays], turn) => {
            const nowMs = start + h * 3_600_000;
            const now = new Date(nowMs).toISOString();
            const query: SearchQuery = {
              tenantId: directory.organisations[0]?.tenantId ?? ('t' as TenantId),
              near: { point, radiusKm: spec.radiusKm },
              ...(spec.terms ? { terms: spec.terms } : {}),
              ...(spec.terms && spec.termsMatch ? { termsMatch: spec.termsMatch } : {}),
              ...(spec.statuses ? { statuses: spec.statuses } : {}),
              ...(spec.freeOnly ? { freeOnly: true } : {}),
              ...(spec.window
                ? {
                    sessionBetween: {
                      from: new Date(nowMs + from * 3_600_000).toISOString(),
                      until: new Date(nowMs + (from + span) * 3_600_000).toISOString(),
                    },
                  }
                : {}),
            };
            // Ask with and without the next three days as bank holidays (in either order), so
            // sessions remembered under one set of holidays must not answer for the other.
            const days = [0, 1, 2].map((d) =>
              new Date(nowMs + d * 86_400_000).toISOString().slice(0, 10),
            );
            for (const bankHolidays of holidays ? [days, []] : [[], days]) {
              const options = { now, limit: 3, bankHolidays };
              const scan = linearSearch({ ...directory, services }, query, options);
              expect(index.search(query, options)).toEqual(scan);
              if (scan.ok && scan.value.nextCursor) {
                const next = { ...options, cursor: scan.value.nextCursor };
                expect(index.search(query, next)).toEqual(
                  linearSearch({ ...directory, services }, query, next),
                );
              }
            }
            // Between turns, drop a service so slots are freed and reused.
            const gone = services[turn % Math.max(1, services.length)];
            if (gone) {
              services = services.filter((s) => s !== gone);
              index.remove('service', gone.tenantId, gone.id);
              const back = { ...gone, id: `${gone.id}-again` as typeof gone.id };
              services.push(back);
              index.upsertService(back);
            }
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});
