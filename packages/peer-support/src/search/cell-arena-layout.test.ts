import { describe, expect, it } from 'vitest';
import { CellArena, hashOf, R_SIZE, R_START, REGION, stepOf } from './cell-arena.js';
import { COLUMNS } from './geo.js';

/** The table's numbers per place: cell, term, first entry, entries (see `CellArena.regionsOf`). */
const R_CELL = 0;
const R_TERM = 1;

describe('cell arena layout', () => {
  it("lays regions out by term, then cell, so a term's regions along a grid row are one run", () => {
    const arena = new CellArena();
    // A town of 12 × 12 cells, rows added in an order that is neither, 1–3 of 10 terms each.
    let slot = 0;
    for (let k = 0; k < 5_000; k += 1) {
      const row = (k * 7) % 12;
      const column = (k * 5) % 12;
      const cell = (2000 + row) * COLUMNS + 10_000 + column;
      const terms = [k % 10, (k * 3) % 10, (k * 7 + 1) % 10].slice(0, 1 + (k % 3));
      arena.add(cell, slot, 0, 0, 0, 53, -1.5, [...new Set(terms)]);
      slot += 1;
    }
    arena.compact();
    const d = arena.regionsOf;
    const regions: { cell: number; term: number; start: number; size: number }[] = [];
    for (let p = 0; p * REGION < d.length; p += 1) {
      const b = p * REGION;
      if ((d[b + R_TERM] as number) === -0x80000000) continue; // a free place
      regions.push({
        cell: d[b + R_CELL] as number,
        term: d[b + R_TERM] as number,
        start: d[b + R_START] as number,
        size: d[b + R_SIZE] as number,
      });
    }
    expect(regions.length).toBe(arena.regions);
    regions.sort((a, b) => a.term - b.term || a.cell - b.cell);
    // Each region starts where the one before it in (term, cell) order ends, its room aside.
    for (let i = 1; i < regions.length; i += 1) {
      const before = regions[i - 1] as (typeof regions)[number];
      const region = regions[i] as (typeof regions)[number];
      expect(region.start).toBeGreaterThanOrEqual(before.start + before.size);
      expect(region.start - (before.start + before.size)).toBe(before.size >> 3);
    }
  });

  it("finds a region in a few places where neighbouring cells' places run together", () => {
    // A region's first place follows its neighbour's along a grid row (so a query's lookups share
    // cache lines); stepping on by one from a taken place merged those runs into clusters that a
    // lookup walked from end to end (up to 153 places in the benchmark's directory).
    const arena = new CellArena();
    let slot = 0;
    for (let row = 0; row < 60; row += 1) {
      for (let column = 0; column < 60; column += 1) {
        const cell = (2000 + row) * COLUMNS + 10_000 + column;
        for (let term = 0; term < 40; term += 1) {
          if ((row * 7 + column * 3 + term * 11) % 5 === 0) continue;
          arena.add(cell, slot, 0, 0, 0, 53, -1.5, [term]);
          slot += 1;
        }
      }
    }
    const d = arena.regionsOf;
    const places = d.length / REGION;
    const bits = Math.log2(places);
    const mask = places - 1;
    let steps = 0;
    let longest = 0;
    for (let p = 0; p < places; p += 1) {
      const term = d[p * REGION + R_TERM] as number;
      if (term === -0x80000000) continue; // a free place
      const cell = d[p * REGION + R_CELL] as number;
      const step = stepOf(cell, term, bits);
      let walked = 1;
      for (let h = hashOf(cell, term, bits); h !== p; h = (h + step) & mask) walked += 1;
      steps += walked;
      longest = Math.max(longest, walked);
    }
    expect(steps / arena.regions).toBeLessThan(2);
    expect(longest).toBeLessThanOrEqual(24);
  });
});
