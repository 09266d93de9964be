import { describe, expect, it } from 'vitest';
import { CellArena } from './cell-arena.js';

/** A deterministic stream of numbers in [0, 1). */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

describe('cell arena growth, one row at a time', () => {
  it('lays itself out afresh dozens of times for 60,000 rows, not every few rows', () => {
    // Rows as a directory brings them: most in a few dense cells (town centres), the rest spread
    // over 2,000 cells, each with one to three of 40 terms.
    const rand = seeded(11);
    const arena = new CellArena();
    const rows = 60_000;
    for (let slot = 0; slot < rows; slot += 1) {
      const dense = rand() < 0.7;
      const cell = dense ? Math.floor(rand() * 20) : 20 + Math.floor(rand() * 2_000);
      const terms = [
        ...new Set(
          [0, 1, 2].slice(0, 1 + Math.floor(rand() * 3)).map(() => Math.floor(rand() * 40)),
        ),
      ];
      arena.add(cell, slot, 0, 0, 0, 53, -1.5, terms);
    }
    // Each layout copies every row: with no room left in a region after a layout, the dense
    // cells' regions moved to the end on their next row and forced the next layout within a few
    // rows — 7,102 layouts here, quadratic in the rows (78 with room to grow).
    expect(arena.layouts).toBeLessThanOrEqual(120);
    expect(arena.length(0)).toBeGreaterThan(1_000);
    let total = 0;
    for (let cell = 0; cell < 2_020; cell += 1) total += arena.length(cell);
    expect(total).toBe(rows);
  });
});
