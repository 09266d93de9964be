import type { QueryContext } from './context.js';
import type { IndexedService } from './entry.js';
import { cellOf, cellsWithin } from './geo.js';

/** Above this many grid cells a distance query is not worth answering from the grid. */
const MAX_CELLS = 4096;

type Entries = Set<IndexedService>;
type Buckets = Map<string, Entries>;

function put(buckets: Buckets, bucket: string, e: IndexedService): void {
  const set = buckets.get(bucket);
  if (set) set.add(e);
  else buckets.set(bucket, new Set([e]));
}

function drop(buckets: Buckets, bucket: string, e: IndexedService): void {
  const set = buckets.get(bucket);
  if (!set) return;
  set.delete(e);
  if (set.size === 0) buckets.delete(bucket);
}

interface Option {
  readonly size: number;
  readonly sets: readonly ReadonlySet<IndexedService>[];
}

const optionOf = (sets: readonly ReadonlySet<IndexedService>[]): Option => ({
  size: sets.reduce((n, s) => n + s.size, 0),
  sets,
});

function distinct(sets: readonly ReadonlySet<IndexedService>[]): Iterable<IndexedService> {
  if (sets.length === 1) return sets[0] ?? [];
  const seen = new Set<IndexedService>();
  for (const set of sets) for (const e of set) seen.add(e);
  return seen;
}

const cellsOf = (e: IndexedService) => new Set(e.points.map(cellOf));

/**
 * Inverted indexes from taxonomy terms, words, grid cells and (term, cell) pairs to services.
 * They only choose candidates; every candidate is still tested in full, so a generous
 * candidate set is always safe.
 */
export class Postings {
  private readonly terms: Buckets = new Map();
  private readonly words: Buckets = new Map();
  private readonly cells: Buckets = new Map();
  private readonly termCells: Buckets = new Map();
  private readonly remote: Entries = new Set();

  /** Adds a service's terms, words and cells. */
  add(e: IndexedService): void {
    const cells = cellsOf(e);
    for (const t of e.termKeys) {
      put(this.terms, t, e);
      for (const c of cells) put(this.termCells, `${t}@${c}`, e);
    }
    for (const w of e.tokens) put(this.words, w, e);
    for (const c of cells) put(this.cells, c, e);
    if (e.points.length === 0) this.remote.add(e);
  }

  /** Removes what {@link add} added for the same entry. */
  remove(e: IndexedService): void {
    const cells = cellsOf(e);
    for (const t of e.termKeys) {
      drop(this.terms, t, e);
      for (const c of cells) drop(this.termCells, `${t}@${c}`, e);
    }
    for (const w of e.tokens) drop(this.words, w, e);
    for (const c of cells) drop(this.cells, c, e);
    this.remote.delete(e);
  }

  private gather(buckets: Buckets, keys: readonly string[]): ReadonlySet<IndexedService>[] {
    const sets: ReadonlySet<IndexedService>[] = [];
    for (const k of keys) {
      const set = buckets.get(k);
      if (set) sets.push(set);
    }
    return sets;
  }

  /**
   * The services that may match, from the most selective indexed criterion, or `undefined`
   * when the query has none (test every service).
   */
  candidates(ctx: QueryContext): Iterable<IndexedService> | undefined {
    const options: Option[] = [];
    const q = ctx.query;
    const anyTerms = ctx.termKeys.length > 0 && q.termsMatch !== 'all';
    if (ctx.termKeys.length > 0) {
      const sets = ctx.termKeys.map((t) => this.terms.get(t) ?? new Set<IndexedService>());
      options.push(
        anyTerms
          ? optionOf(sets)
          : sets.map((s) => optionOf([s])).reduce((a, b) => (b.size < a.size ? b : a)),
      );
    }
    for (const token of ctx.textTokens) {
      const sets: Entries[] = [];
      for (const [word, set] of this.words) if (word.startsWith(token)) sets.push(set);
      options.push(optionOf(sets));
    }
    if (q.near) {
      const cells = cellsWithin(q.near.point, q.near.radiusKm);
      if (cells.length <= MAX_CELLS) {
        const remote = q.near.includeRemote ? [this.remote] : [];
        options.push(optionOf([...this.gather(this.cells, cells), ...remote]));
        if (ctx.termKeys.length > 0) {
          // Services with a query term in a nearby cell: the sharpest cut for "need + place".
          const pairs = (anyTerms ? ctx.termKeys : ctx.termKeys.slice(0, 1)).flatMap((t) =>
            cells.map((c) => `${t}@${c}`),
          );
          const termRemote = q.near.includeRemote
            ? remote.map(
                (r) => new Set([...r].filter((e) => ctx.termKeys.some((t) => e.termKeys.has(t)))),
              )
            : [];
          options.push(optionOf([...this.gather(this.termCells, pairs), ...termRemote]));
        }
      }
    }
    if (options.length === 0) return undefined;
    const best = options.reduce((a, b) => (b.size < a.size ? b : a));
    return distinct(best.sets);
  }
}
