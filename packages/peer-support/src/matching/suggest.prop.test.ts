import { directoryArb, englandPointArb, needTermArb, personArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../search/search-index.js';
import { checkEligibility } from './eligibility.js';
import { suggestServices } from './suggest.js';

describe('suggestServices properties', () => {
  it('suggests only active services with places that the person is not barred from', () => {
    fc.assert(
      fc.property(
        directoryArb,
        personArb,
        fc.array(needTermArb, { minLength: 1, maxLength: 3 }),
        fc.option(englandPointArb, { nil: undefined }),
        (directory, someone, needs, point) => {
          const now = '2026-11-29T12:00:00Z';
          // Suggestions come from the person's tenant: make them one of the directory's.
          const tenantId = directory.organisations[0]?.tenantId ?? someone.tenantId;
          const person = { ...someone, tenantId };
          const place = point === undefined ? {} : { point };
          const r = suggestServices(createSearchIndex(directory), person, needs, place, now, {
            radiusKm: 300,
          });
          if (!r.ok) throw new Error(r.error.message);
          for (const s of r.value) {
            expect(s.service.status).toBe('active');
            expect(s.service.capacity === undefined || s.service.capacity.available > 0).toBe(true);
            expect(checkEligibility(s.service, person, place, now).status).not.toBe('ineligible');
            expect(s.summary.startsWith(`${s.service.name} — `)).toBe(true);
          }
          // Services at an unknown distance come after every service known to be in reach;
          // within each group, by score.
          const unknown = r.value.map((s) => s.distance === 'unknown');
          expect(unknown).toEqual([...unknown].sort((a, b) => Number(a) - Number(b)));
          for (const group of [false, true]) {
            const scores = r.value.filter((_, i) => unknown[i] === group).map((s) => s.score);
            expect(scores).toEqual([...scores].sort((a, b) => b - a));
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
