import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDistance } from './describe.js';
import { reasons } from './reasons.js';

/** Distances around the places describeDistance rounds differently (1 km, 10 km, halves). */
const kmArb = fc.oneof(
  fc.double({ min: 0, max: 1e7, noNaN: true }),
  fc.constantFrom(0, -0, 0.995, 0.9949999, 0.99500001, 1, 9.95, 9.949999, 9.95000001, 10, 10.5),
  fc.integer({ min: 0, max: 2000 }).map((n) => n / 100),
  fc.integer({ min: 0, max: 2000 }).map((n) => n / 100 + 0.005),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 2.5e6, 3e6, 3.5e6),
);

describe('shared reasons', () => {
  it('read exactly as the words written afresh, whatever was asked before', () => {
    fc.assert(
      fc.property(
        fc.array(kmArb, { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: -400, max: 4000 }), { maxLength: 10 }),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 10 }),
        (distances, counts, shown) => {
          for (const km of distances) {
            const r = reasons.distance(km);
            expect(r).toEqual({ code: 'distance', text: `${describeDistance(km)} away` });
            expect(Object.isFrozen(r)).toBe(true);
          }
          for (const n of counts) {
            expect(reasons.places(n)).toEqual({ code: 'places', text: `${n} places available` });
            expect(reasons.stale(n)).toEqual({
              code: 'stale',
              text: `details last verified ${n} days ago — check before referring`,
            });
          }
          for (const s of shown)
            expect(reasons.term(s)).toEqual({ code: 'term', text: `serves '${s}'` });
        },
      ),
      { numRuns: 500 },
    );
  });
});
