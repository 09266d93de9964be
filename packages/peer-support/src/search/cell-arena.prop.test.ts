import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellArena, EVERY_ROW } from './cell-arena.js';
import {
  ENTRY_F,
  ENTRY_I,
  F_LAT,
  F_LON,
  I_CODE,
  I_SHAPE,
  I_SLOT,
  I_TENANT,
  I_TERM_COUNT,
  I_TERMS,
  NO_TERM,
  ROW_TERMS,
} from './cell-entry.js';

interface Row {
  readonly cell: number;
  readonly slot: number;
  readonly terms: readonly number[];
}

/** Cell numbers (far apart and near, as the grid numbers them). */
const CELLS = [0, 1, 20_000, 75_999_999];

/**
 * Adds (a fresh slot with some terms, in one of the cells), removals (of a row by position),
 * room reserved for rows to come, and compactions.
 */
const stepArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      cell: fc.constantFrom(...CELLS),
      terms: fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { maxLength: 5 }),
    }),
  },
  { weight: 3, arbitrary: fc.nat().map((k) => ({ remove: k })) },
  {
    weight: 1,
    arbitrary: fc.record({
      reserve: fc.constantFrom(...CELLS),
      rows: fc.integer({ min: 0, max: 6 }),
      terms: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 8 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant('compact' as const) },
);

/** What a region holds, read as a query reads it (slot → its entry's numbers). */
function read(cell: CellArena, r: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const first = cell.start(r);
  for (let k = first; k < first + cell.size(r); k += 1) {
    const b = k * ENTRY_I;
    const slot = cell.i[b + I_SLOT] as number;
    expect(out.has(slot)).toBe(false);
    out.set(slot, [
      cell.f[k * ENTRY_F + F_LAT] as number,
      cell.f[k * ENTRY_F + F_LON] as number,
      cell.i[b + I_TENANT] as number,
      cell.i[b + I_CODE] as number,
      cell.i[b + I_SHAPE] as number,
      cell.i[b + I_TERM_COUNT] as number,
      ...Array.from({ length: ROW_TERMS }, (_, t) => cell.i[b + I_TERMS + t] as number),
    ]);
  }
  return out;
}

/** The numbers `add` was given for a row, as its entry keeps them. */
const expected = (row: Row): number[] => [
  50 + row.slot / 1000,
  -1 - row.slot / 1000,
  row.slot % 3,
  row.slot % 4,
  row.slot % 5,
  row.terms.length,
  ...Array.from({ length: ROW_TERMS }, (_, t) =>
    row.terms.length <= ROW_TERMS ? (row.terms[t] ?? NO_TERM) : NO_TERM,
  ),
];

describe('the cell arena (the regions of every cell in one buffer)', () => {
  it("keeps every row once in its cell's every-row region and in the cell's region of each term it holds, through adds, removals, moves, reservations and compactions", () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 120 }), (steps) => {
        const arena = new CellArena();
        const rows: Row[] = [];
        let next = 0;
        for (const step of steps) {
          if (step === 'compact') arena.compact();
          else if ('reserve' in step) arena.reserve(step.reserve, step.rows, step.terms);
          else if ('cell' in step) {
            const row = { cell: step.cell, slot: next, terms: step.terms };
            next += 1;
            rows.push(row);
            const [lat = 0, lon = 0] = expected(row);
            const { slot } = row;
            arena.add(row.cell, slot, slot % 3, slot % 4, slot % 5, lat, lon, row.terms);
          } else if (rows.length > 0) {
            const [gone] = rows.splice(step.remove % rows.length, 1);
            if (gone) expect(arena.remove(gone.cell, gone.slot, gone.terms)).toBe(true);
          }
          for (const cell of CELLS) {
            const here = rows.filter((r) => r.cell === cell);
            expect(arena.length(cell)).toBe(here.length);
            const everyRegion = arena.region(cell, EVERY_ROW);
            const every = everyRegion < 0 ? new Map() : read(arena, everyRegion);
            expect(every.size).toBe(here.length);
            for (const row of here) {
              expect(every.get(row.slot)).toEqual(expected(row));
              expect(arena.holds(cell, row.slot)).toBe(true);
            }
            for (let term = 0; term <= 9; term += 1) {
              const holding = here.filter((r) => r.terms.includes(term));
              const r = arena.region(cell, term);
              const found = r < 0 ? new Map<number, number[]>() : read(arena, r);
              expect([...found.keys()].sort((a, b) => a - b)).toEqual(holding.map((h) => h.slot));
              for (const h of holding) expect(found.get(h.slot)).toEqual(expected(h));
              expect(arena.has(cell, term)).toBe(holding.length > 0);
              const withTerm = arena.slotsWith(cell, term).sort((a, b) => a - b);
              expect(withTerm).toEqual(holding.map((h) => h.slot));
            }
            expect(arena.has(cell, -1)).toBe(false);
            expect(arena.slotsWith(cell, -1)).toEqual([]);
          }
        }
        expect(arena.remove(CELLS[0] as number, next + 1, [])).toBe(false);
        expect(arena.remove(5, 0, [])).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('finds each of many cells and terms after its table has grown many times', () => {
    const arena = new CellArena();
    let slot = 0;
    for (let cell = 0; cell < 3000; cell += 37) {
      for (let term = 0; term < 30; term += 7) {
        arena.add(cell * 1009, slot, 0, 0, 0, 51, -1, [term]);
        slot += 1;
      }
    }
    slot = 0;
    for (let cell = 0; cell < 3000; cell += 37) {
      for (let term = 0; term < 30; term += 7) {
        expect(arena.slotsWith(cell * 1009, term)).toEqual([slot]);
        expect(arena.has(cell * 1009, term + 1)).toBe(false);
        slot += 1;
      }
    }
  });
});
