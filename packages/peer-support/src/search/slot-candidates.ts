import { type Bag, bagSize, slotsOf } from './bag.js';
import type { QueryContext } from './context.js';
import { cellsWithin } from './geo.js';
import { MAX_CELLS } from './slot-search.js';
import type { SlotTable } from './slot-table.js';

/** A way to choose candidates: some postings, and how many slots they hold together. */
interface Option {
  readonly size: number;
  readonly bags: readonly Bag[];
}

const optionOf = (bags: readonly Bag[]): Option => ({
  size: bags.reduce<number>((n, b) => n + bagSize(b), 0),
  bags,
});

/**
 * The slots that may match, from the most selective posting the query allows (terms, words,
 * cells, terms within cells), each once; `undefined` when the query has none (test every
 * service). They only choose candidates: every candidate is still tested in full, so a
 * generous set is always safe.
 */
export function candidateSlots(t: SlotTable, ctx: QueryContext): number[] | undefined {
  const options: Option[] = [];
  const q = ctx.query;
  const anyTerms = ctx.termKeys.length > 0 && q.termsMatch !== 'all';
  const terms = ctx.termKeys.map((k) => t.termNumber(k));
  if (terms.length > 0) {
    const bags = terms.map((n) => t.byTerm.get(n) ?? []);
    options.push(
      anyTerms
        ? optionOf(bags)
        : bags.map((b) => optionOf([b])).reduce((a, b) => (b.size < a.size ? b : a)),
    );
  }
  for (const token of ctx.textTokens) {
    const bags: Bag[] = [];
    for (const [word, bag] of t.words) if (word.startsWith(token)) bags.push(bag);
    options.push(optionOf(bags));
  }
  if (q.near) {
    const cells = cellsWithin(q.near.point, q.near.radiusKm);
    if (cells.length <= MAX_CELLS) {
      const remote: Bag[] = q.near.includeRemote ? [t.remote] : [];
      const inCells: Bag[] = [];
      const pairs: Bag[] = [];
      // Services with a query term in a nearby cell: the sharpest cut for "need + place".
      const wanted = anyTerms ? terms : terms.slice(0, 1);
      for (const c of cells) {
        if (t.cells.length(c) === 0) continue;
        inCells.push(t.cells.slots(c));
        for (const n of wanted) if (t.cells.has(c, n)) pairs.push(t.cells.slotsWith(c, n));
      }
      options.push(optionOf([...inCells, ...remote]));
      if (terms.length > 0) {
        const termRemote = remote.map(
          (r) =>
            new Set(
              [...slotsOf(r)].filter((slot) => t.termsOf(slot).some((n) => terms.includes(n))),
            ),
        );
        options.push(optionOf([...pairs, ...termRemote]));
      }
    }
  }
  if (options.length === 0) return undefined;
  const best = options.reduce((a, b) => (b.size < a.size ? b : a));
  const gen = t.nextGeneration();
  const out: number[] = [];
  for (const bag of best.bags) {
    for (const slot of slotsOf(bag)) {
      if (t.marks[slot] === gen) continue;
      t.marks[slot] = gen;
      out.push(slot);
    }
  }
  return out;
}
