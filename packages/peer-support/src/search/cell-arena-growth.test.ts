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
    /** The model: per cell, its slots; per (cell, term), the slots holding the term. */
    const every = new Map<number, number[]>();
    const byTerm = new Map<string, number[]>();
    const push = <K>(map: Map<K, number[]>, key: K, slot: number) => {
      const list = map.get(key) ?? [];
      list.push(slot);
      map.set(key, list);
    };
    for (let slot = 0; slot < rows; slot += 1) {
      const dense = rand() < 0.7;
      const cell = dense ? Math.floor(rand() * 20) : 20 + Math.floor(rand() * 2_000);
      const count = 1 + Math.floor(rand() * 3);
      const terms = [...new Set(Array.from({ length: count }, () => Math.floor(rand() * 40)))];
      arena.add(cell, slot, 0, 0, 0, 53, -1.5, terms);
      push(every, cell, slot);
      for (const term of terms) push(byTerm, `${cell}/${term}`, slot);
    }
    // Each layout copies every row: with no room left in a region after a layout, the dense
    // cells' regions moved to the end on their next row and forced the next layout within a few
    // rows — 7,102 layouts here, quadratic in the rows (78 with room to grow).
    expect(arena.layouts).toBeLessThanOrEqual(120);
    // Every row still where it belongs after the layouts (regions laid out with room to grow).
    const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
    for (const [cell, slots] of every) expect(sorted(arena.slots(cell))).toEqual(sorted(slots));
    for (const [key, slots] of byTerm) {
      const [cell, term] = key.split('/').map(Number) as [number, number];
      expect(sorted(arena.slotsWith(cell, term))).toEqual(sorted(slots));
    }
  });
});
