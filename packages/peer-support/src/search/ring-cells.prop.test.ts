import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CELL_DEGREES,
  cellAt,
  cosOfLatitude,
  distanceKmBetween,
  distanceKmFrom,
  ringCells,
} from './geo.js';

/** A centre anywhere a directory might be (up to 80° north or south), often on a grid border. */
const centreArb = fc.record({
  latitude: fc.oneof(
    fc.double({ min: -80, max: 80, noNaN: true }),
    fc.integer({ min: -1600, max: 1600 }).map((n) => n * CELL_DEGREES),
  ),
  longitude: fc.oneof(
    fc.double({ min: -179, max: 179, noNaN: true }),
    fc.integer({ min: -3580, max: 3580 }).map((n) => n * CELL_DEGREES),
  ),
});

describe('ring cells', () => {
  it('list every cell holding a point in range; a cell called inside lies wholly in range; nearKm never exceeds a point’s distance', () => {
    fc.assert(
      fc.property(
        centreArb,
        fc.oneof(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 60, noNaN: true })),
        fc.array(
          fc.tuple(
            fc.double({ min: -1, max: 1, noNaN: true }),
            fc.double({ min: -1, max: 1, noNaN: true }),
          ),
          {
            minLength: 40,
            maxLength: 40,
          },
        ),
        (centre, radiusKm, spots) => {
          const cells = ringCells(centre, radiusKm);
          const byNumber = new Map(cells.map((c) => [c.cell, c]));
          const latSpan = radiusKm / 110;
          const lonSpan =
            radiusKm / (110 * Math.cos(((Math.abs(centre.latitude) + latSpan) * Math.PI) / 180));
          // Points spread over the circle's bounding box, and every listed cell's corners.
          const points = spots.map(([a, b]) => ({
            latitude: centre.latitude + a * latSpan,
            longitude: centre.longitude + b * lonSpan,
          }));
          for (const c of cells) {
            const probe = points.find((p) => cellAt(p.latitude, p.longitude) === c.cell);
            if (probe) points.push(probe);
          }
          for (const p of points) {
            const d = distanceKmBetween(centre.latitude, centre.longitude, p.latitude, p.longitude);
            const cell = byNumber.get(cellAt(p.latitude, p.longitude));
            if (d <= radiusKm) expect(cell).toBeDefined();
            if (cell === undefined) continue;
            expect(cell.nearKm).toBeLessThanOrEqual(d);
            if (cell.inside) expect(d).toBeLessThanOrEqual(radiusKm);
          }
          // Every corner of a cell called inside is in range.
          for (const c of cells) {
            if (!c.inside) continue;
            const row = Math.floor(c.cell / 20_000) - 2000;
            const column = (c.cell % 20_000) - 10_000;
            for (const [dy, dx] of [
              [0, 0],
              [0, 1],
              [1, 0],
              [1, 1],
            ] as const) {
              const d = distanceKmBetween(
                centre.latitude,
                centre.longitude,
                (row + dy) * CELL_DEGREES,
                (column + dx) * CELL_DEGREES,
              );
              expect(d).toBeLessThanOrEqual(radiusKm);
            }
          }
          // Nearest first.
          for (let i = 1; i < cells.length; i += 1) {
            expect((cells[i] as { nearKm: number }).nearKm).toBeGreaterThanOrEqual(
              (cells[i - 1] as { nearKm: number }).nearKm,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('distanceKmFrom gives distanceKmBetween’s number, bit for bit', () => {
    const coordinate = fc.double({ min: -180, max: 180, noNaN: true });
    fc.assert(
      fc.property(coordinate, coordinate, coordinate, coordinate, (a, b, c, d) => {
        const lat1 = a / 2;
        const lat2 = c / 2;
        expect(
          Object.is(
            distanceKmFrom(lat1, b, cosOfLatitude(lat1), lat2, d),
            distanceKmBetween(lat1, b, lat2, d),
          ),
        ).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
