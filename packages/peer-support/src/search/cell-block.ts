/** Numbers kept per row in {@link CellBlock.ints}: slot, tenant, code, schedule shape. */
export const ROW_INTS = 4;
/** Offset of the slot within a row of {@link CellBlock.ints}. */
export const SLOT = 0;
/** Offset of the tenant number within a row of {@link CellBlock.ints}. */
export const TENANT = 1;
/** Offset of the status code (index in `STATUS_CODES`, or {@link BY_MATCHER}). */
export const CODE = 2;
/** Offset of the schedule shape (as the slot table's `shape` column). */
export const SHAPE = 3;
/** The code of a row its columns cannot decide (several points, a status this release does not know). */
export const BY_MATCHER = -1;

/**
 * The services of one grid cell, laid out for a query's visit: one row per service, its hot
 * numbers side by side (`ints`: slot, tenant, status code, schedule shape; `points`: latitude
 * and longitude), and per term number the rows holding that term. Rows are kept dense: a
 * removed row is filled by the last one, and the postings renamed.
 */
export class CellBlock {
  length = 0;
  ints = new Int32Array(ROW_INTS);
  points = new Float64Array(2);
  /** Per term number, the rows holding it (plain arrays of small integers: compact). */
  readonly byTerm = new Map<number, number[]>();

  /** Adds a row; `code` is the status code or {@link BY_MATCHER}. */
  add(
    slot: number,
    tenant: number,
    code: number,
    shape: number,
    latitude: number,
    longitude: number,
    terms: readonly number[],
  ): void {
    const row = this.length;
    if (row * ROW_INTS >= this.ints.length) {
      const size = row * 2;
      const ints = new Int32Array(size * ROW_INTS);
      ints.set(this.ints);
      this.ints = ints;
      const points = new Float64Array(size * 2);
      points.set(this.points);
      this.points = points;
    }
    const b = row * ROW_INTS;
    this.ints[b + SLOT] = slot;
    this.ints[b + TENANT] = tenant;
    this.ints[b + CODE] = code;
    this.ints[b + SHAPE] = shape;
    this.points[row * 2] = latitude;
    this.points[row * 2 + 1] = longitude;
    for (const t of terms) {
      const list = this.byTerm.get(t);
      if (list === undefined) this.byTerm.set(t, [row]);
      else list.push(row);
    }
    this.length += 1;
  }

  /**
   * Removes the row of `slot` (added with `terms`); `termsOfSlot` gives the terms of the row
   * moved into its place. False when the cell has no row for the slot.
   */
  remove(
    slot: number,
    terms: readonly number[],
    termsOfSlot: (slot: number) => readonly number[],
  ): boolean {
    const ints = this.ints;
    let row = -1;
    for (let r = 0; r < this.length; r += 1) {
      if (ints[r * ROW_INTS + SLOT] === slot) {
        row = r;
        break;
      }
    }
    if (row < 0) return false;
    for (const t of terms) this.dropFrom(t, row);
    const last = this.length - 1;
    if (row !== last) {
      const moved = ints[last * ROW_INTS + SLOT] as number;
      ints.copyWithin(row * ROW_INTS, last * ROW_INTS, last * ROW_INTS + ROW_INTS);
      this.points[row * 2] = this.points[last * 2] as number;
      this.points[row * 2 + 1] = this.points[last * 2 + 1] as number;
      for (const t of termsOfSlot(moved)) {
        const list = this.byTerm.get(t);
        const i = list === undefined ? -1 : list.indexOf(last);
        if (list !== undefined && i >= 0) list[i] = row;
      }
    }
    this.length = last;
    return true;
  }

  private dropFrom(term: number, row: number): void {
    const list = this.byTerm.get(term);
    if (list === undefined) return;
    const i = list.indexOf(row);
    if (i < 0) return;
    list[i] = list[list.length - 1] as number;
    list.pop();
    if (list.length === 0) this.byTerm.delete(term);
  }

  /** Whether the cell has a row for `slot`. */
  holds(slot: number): boolean {
    for (let r = 0; r < this.length; r += 1) {
      if (this.ints[r * ROW_INTS + SLOT] === slot) return true;
    }
    return false;
  }

  /** The slots of every row (for the generic candidate search). */
  slots(): number[] {
    const out: number[] = [];
    for (let r = 0; r < this.length; r += 1) out.push(this.ints[r * ROW_INTS + SLOT] as number);
    return out;
  }

  /** The slots of the rows holding a term. */
  slotsWith(term: number): number[] {
    return (this.byTerm.get(term) ?? []).map((row) => this.ints[row * ROW_INTS + SLOT] as number);
  }
}
