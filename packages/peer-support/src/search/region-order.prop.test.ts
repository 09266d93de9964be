import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderPlaces } from './region-order.js';

describe('orderPlaces', () => {
  it('orders places by major then minor key as unsigned numbers, keeping ties in their order', () => {
    const key = fc.oneof(
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 0, max: 0x7fffffff }),
      fc.integer({ min: -0x80000000, max: -1 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, key), { maxLength: 300 }), (keys) => {
        // Places numbered backwards, so a place is not its position.
        const places = Int32Array.from(keys, (_, i) => 1000 - i);
        const major = Int32Array.from(keys, ([m]) => m);
        const minor = Int32Array.from(keys, ([, m]) => m);
        const at = (place: number) => 1000 - place;
        const expected = [...places].sort(
          (a, b) =>
            ((major[at(a)] as number) >>> 0) - ((major[at(b)] as number) >>> 0) ||
            ((minor[at(a)] as number) >>> 0) - ((minor[at(b)] as number) >>> 0),
        );
        expect([...orderPlaces(places, major, minor)]).toEqual(expected);
      }),
    );
  });
});
