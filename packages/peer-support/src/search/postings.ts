import type { QueryContext } from './context.js';
import type { IndexedService } from './entry.js';
import { cellOf, cellsWithin } from './geo.js';

/** Above this many grid cells a distance query is not worth answering from the grid. */
const MAX_CELLS = 4096;

type Buckets = Map<string, Set<string>>;

function put(buckets: Buckets, bucket: string, key: string): void {
  const set = buckets.get(bucket);
  if (set) set.add(key);
  else buckets.set(bucket, new Set([key]));
}

function drop(buckets: Buckets, bucket: string, key: string): void {
  const set = buckets.get(bucket);
  if (!set) return;
  set.delete(key);
  if (set.size === 0) buckets.delete(bucket);
}

interface Option {
  readonly size: number;
  readonly sets: readonly ReadonlySet<string>[];
}

const optionOf = (sets: ReadonlySet<string>[]): Option => ({
  size: sets.reduce((n, s) => n + s.size, 0),
  sets,
});

function* distinct(sets: readonly ReadonlySet<string>[]): Generator<string> {
  if (sets.length === 1) {
    yield* sets[0] ?? [];
    return;
  }
  const seen = new Set<string>();
  for (const set of sets) {
    for (const key of set) {
      if (seen.has(key)) continue;
      seen.add(key);
      yield key;
    }
  }
}

/**
 * Inverted indexes from taxonomy terms, words and grid cells to service keys. They only
 * choose candidates; every candidate is still tested in full, so a generous candidate set is
 * always safe.
 */
export class Postings {
  private readonly terms: Buckets = new Map();
  private readonly words: Buckets = new Map();
  private readonly cells: Buckets = new Map();
  private readonly remote = new Set<string>();

  /** Adds a service's terms, words and cells. */
  add(e: IndexedService): void {
    for (const t of e.termKeys) put(this.terms, t, e.key);
    for (const w of e.tokens) put(this.words, w, e.key);
    for (const p of e.points) put(this.cells, cellOf(p), e.key);
    if (e.points.length === 0) this.remote.add(e.key);
  }

  /** Removes what {@link add} added for the same entry. */
  remove(e: IndexedService): void {
    for (const t of e.termKeys) drop(this.terms, t, e.key);
    for (const w of e.tokens) drop(this.words, w, e.key);
    for (const p of e.points) drop(this.cells, cellOf(p), e.key);
    this.remote.delete(e.key);
  }

  /**
   * The keys of the services that may match, from the most selective indexed criterion, or
   * `undefined` when the query has none (test every service).
   */
  candidates(ctx: QueryContext): Iterable<string> | undefined {
    const options: Option[] = [];
    const q = ctx.query;
    if (ctx.termKeys.length > 0) {
      const sets = ctx.termKeys.map((t) => this.terms.get(t) ?? new Set<string>());
      options.push(
        q.termsMatch === 'all'
          ? sets.map((s) => optionOf([s])).reduce((a, b) => (b.size < a.size ? b : a))
          : optionOf(sets),
      );
    }
    for (const token of ctx.textTokens) {
      const sets: Set<string>[] = [];
      for (const [word, set] of this.words) if (word.startsWith(token)) sets.push(set);
      options.push(optionOf(sets));
    }
    if (q.near) {
      const keys = cellsWithin(q.near.point, q.near.radiusKm);
      if (keys.length <= MAX_CELLS) {
        const sets = keys.flatMap((k) => {
          const set = this.cells.get(k);
          return set ? [set] : [];
        });
        if (q.near.includeRemote) sets.push(this.remote);
        options.push(optionOf(sets));
      }
    }
    if (options.length === 0) return undefined;
    const best = options.reduce((a, b) => (b.size < a.size ? b : a));
    return distinct(best.sets);
  }
}
