import { after, type CursorState, compareMatches, type Ranked } from './page.js';

/**
 * The best `size` matches after a cursor, in ranking order, kept while matches stream in: a
 * short sorted list (a page is a few of often hundreds). `floor` is the score a match must reach
 * to have a chance once the list is full, so a caller can skip working out one that cannot.
 */
export class TopMatches<T extends Ranked> {
  readonly kept: T[] = [];
  /** The lowest score kept once full; `-Infinity` until then. */
  floor = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly size: number,
    private readonly cursor: CursorState | undefined,
  ) {}

  /** Whether a match scoring at most `bound` might be kept (the cursor aside). */
  mayKeep(bound: number): boolean {
    return bound >= this.floor;
  }

  /** Whether a match scoring `score` might be kept (equal scores are settled by key). */
  admits(score: number): boolean {
    if (score < this.floor) return false;
    return this.cursor === undefined || score <= this.cursor.score;
  }

  /** Offers a match: kept when it comes after the cursor and ranks among the best so far. */
  offer(m: T): void {
    if (this.cursor !== undefined && !after(m, this.cursor)) return;
    const kept = this.kept;
    const full = kept.length === this.size;
    if (full && compareMatches(m, kept[kept.length - 1] as T) >= 0) return;
    if (full) kept.pop();
    let i = kept.length;
    while (i > 0 && compareMatches(m, kept[i - 1] as T) < 0) i -= 1;
    kept.splice(i, 0, m);
    if (kept.length === this.size) this.floor = (kept[kept.length - 1] as T).score;
  }
}
