import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CellBlock,
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
} from './cell-block.js';

interface Row {
  readonly slot: number;
  readonly terms: readonly number[];
}

/** Adds (a fresh slot with some terms), removals (of a row by position), and compactions. */
const stepArb = fc.oneof(
  { weight: 6, arbitrary: fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { maxLength: 5 }) },
  { weight: 3, arbitrary: fc.nat().map((k) => ({ remove: k })) },
  { weight: 1, arbitrary: fc.constant('compact' as const) },
);

/** What a region holds, read as a query reads it (slot → its entry's numbers). */
function read(cell: CellBlock, r: number): Map<number, number[]> {
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

describe('a cell block (one buffer of regions)', () => {
  it('keeps every row once in its every-row region and in the region of each term it holds, through adds, removals, moves and compactions', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 120 }), (steps) => {
        const cell = new CellBlock();
        const rows: Row[] = [];
        let next = 0;
        for (const step of steps) {
          if (step === 'compact') cell.compact();
          else if (Array.isArray(step)) {
            const row = { slot: next, terms: step };
            next += 1;
            rows.push(row);
            const [lat = 0, lon = 0] = expected(row);
            cell.add(row.slot, row.slot % 3, row.slot % 4, row.slot % 5, lat, lon, row.terms);
          } else if (rows.length > 0) {
            const [gone] = rows.splice(step.remove % rows.length, 1);
            if (gone) expect(cell.remove(gone.slot, gone.terms)).toBe(true);
          }
          expect(cell.length).toBe(rows.length);
          const every = read(cell, 0);
          expect(every.size).toBe(rows.length);
          for (const row of rows) {
            expect(every.get(row.slot)).toEqual(expected(row));
            expect(cell.holds(row.slot)).toBe(true);
          }
          for (let term = 0; term <= 7; term += 1) {
            const holding = rows.filter((r) => r.terms.includes(term));
            const r = cell.region(term);
            const found = r < 0 ? new Map() : read(cell, r);
            expect([...found.keys()].sort((a, b) => a - b)).toEqual(holding.map((h) => h.slot));
            for (const h of holding) expect(found.get(h.slot)).toEqual(expected(h));
            expect(cell.has(term)).toBe(holding.length > 0);
            expect(cell.slotsWith(term).sort((a, b) => a - b)).toEqual(holding.map((h) => h.slot));
          }
        }
        expect(cell.remove(next + 1, [])).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
