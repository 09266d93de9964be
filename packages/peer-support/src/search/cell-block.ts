/** Bytes per entry: six 8-byte numbers, read as two floats then ten int32s. */
const ENTRY_BYTES = 48;
/** Float64 numbers per entry (latitude and longitude come first). */
export const ENTRY_F = ENTRY_BYTES / 8;
/** Int32 numbers per entry (the first four overlay the latitude and longitude). */
export const ENTRY_I = ENTRY_BYTES / 4;
/** Float offset of the latitude. */
export const F_LAT = 0;
/** Float offset of the longitude. */
export const F_LON = 1;
/** Int offset of the slot in the slot table. */
export const I_SLOT = 4;
/** Int offset of the schedule shape (as the slot table's `shape` column). */
export const I_SHAPE = 5;
/** Int offset of the tenant number. */
export const I_TENANT = 6;
/** Int offset of the status code (index in `STATUS_CODES`, or {@link BY_MATCHER}). */
export const I_CODE = 7;
/** Int offset of the number of terms the row holds (above {@link ROW_TERMS}: ask the slot table). */
export const I_TERM_COUNT = 8;
/** Int offset of the row's first term number (then the next {@link ROW_TERMS} − 1). */
export const I_TERMS = 9;
/** Term numbers kept in an entry; a row holding more is read from the slot table. */
export const ROW_TERMS = 3;
/** The term number of an unused term place (never a term's number, nor an unknown one's -1). */
export const NO_TERM = -2;
/** The code of a row its numbers cannot decide (several points, a status this release does not know). */
export const BY_MATCHER = -1;
/** The key of the region holding every row. */
const EVERY_ROW = -1;
/** Numbers per region in {@link CellBlock.meta}. */
export const REGION = 4;
/** Offset in a region's numbers of its term number ({@link EVERY_ROW} for region 0). */
const M_KEY = 0;
/** Offset in a region's numbers of its first entry. */
export const M_START = 1;
/** Offset in a region's numbers of its number of entries. */
export const M_SIZE = 2;
/** Offset in a region's numbers of the entries it has room for. */
const M_ROOM = 3;

/**
 * The services of one grid cell, laid out for a query's visit in one buffer: a region of every
 * row (region 0) and, per term number, a region of the rows holding that term, each row as an
 * entry of 48 bytes (latitude, longitude, slot, schedule shape, tenant, status code, the row's
 * term numbers) read through two views (`f`, `i`), so a query reads its candidates front to back
 * and learns from each entry which of its other terms the row holds. The regions' term, start,
 * size and room sit side by side in `meta`. A region that outgrows its room moves to the end of
 * the buffer with twice the room; the buffer is laid out afresh (every region with just its
 * rows, see {@link compact}) when it is full, and once for all rows in a bulk build.
 */
export class CellBlock {
  f: Float64Array;
  i: Int32Array;
  /** Per region, {@link REGION} numbers: term, first entry, entries, room. */
  meta = new Int32Array(REGION * 4);
  /** Number of regions. */
  regions = 1;
  /**
   * The term regions by term: an open-addressed table (a power of two, at least twice the
   * regions) of region numbers plus one (0: empty), probed from `term & (length - 1)` on, so a
   * query finds a term's region in a probe or two rather than reading every region's numbers.
   */
  private lookup = new Int32Array(8);
  /** Entries of the buffer given to regions (the rest is free at its end). */
  private used = 0;

  constructor() {
    const buffer = new ArrayBuffer(2 * ENTRY_BYTES);
    this.f = new Float64Array(buffer);
    this.i = new Int32Array(buffer);
    this.meta[M_KEY] = EVERY_ROW;
  }

  /** Number of rows. */
  get length(): number {
    return this.meta[M_SIZE] as number;
  }

  /** The first entry of region `r`. */
  start(r: number): number {
    return this.meta[r * REGION + M_START] as number;
  }

  /** The number of entries of region `r`. */
  size(r: number): number {
    return this.meta[r * REGION + M_SIZE] as number;
  }

  /** The region of a term's rows (-1: no row holds it). */
  region(term: number): number {
    const lookup = this.lookup;
    const mask = lookup.length - 1;
    for (let h = term & mask; ; h = (h + 1) & mask) {
      const r = (lookup[h] as number) - 1;
      if (r < 0) return -1;
      if (this.meta[r * REGION + M_KEY] === term) return r;
    }
  }

  /** Enters region `r` (holding `term`) in {@link lookup}, doubling it first when half full. */
  private enter(r: number, term: number): void {
    if (r * 2 >= this.lookup.length) {
      const lookup = new Int32Array(this.lookup.length * 2);
      const mask = lookup.length - 1;
      for (let k = 1; k < r; k += 1) {
        let h = (this.meta[k * REGION + M_KEY] as number) & mask;
        while (lookup[h] !== 0) h = (h + 1) & mask;
        lookup[h] = k + 1;
      }
      this.lookup = lookup;
    }
    const mask = this.lookup.length - 1;
    let h = term & mask;
    while (this.lookup[h] !== 0) h = (h + 1) & mask;
    this.lookup[h] = r + 1;
  }

  /** Whether some row holds the term. */
  has(term: number): boolean {
    const r = this.region(term);
    return r > 0 && this.size(r) > 0;
  }

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
    this.put(0, slot, tenant, code, shape, latitude, longitude, terms);
    for (let k = 0; k < terms.length; k += 1) {
      const t = terms[k] as number;
      let r = this.region(t);
      if (r < 0) r = this.newRegion(t);
      this.put(r, slot, tenant, code, shape, latitude, longitude, terms);
    }
  }

  /** Removes the row of `slot` (added with `terms`). False when the cell has no row for it. */
  remove(slot: number, terms: readonly number[]): boolean {
    const row = this.find(0, slot);
    if (row < 0) return false;
    for (const t of terms) {
      const r = this.region(t);
      const at = r < 0 ? -1 : this.find(r, slot);
      if (at >= 0) this.cut(r, at);
    }
    this.cut(0, row);
    return true;
  }

  /** Whether the cell has a row for `slot`. */
  holds(slot: number): boolean {
    return this.find(0, slot) >= 0;
  }

  /** The slots of every row (for the generic candidate search). */
  slots(): number[] {
    return this.slotsIn(0);
  }

  /** The slots of the rows holding a term. */
  slotsWith(term: number): number[] {
    const r = this.region(term);
    return r < 0 ? [] : this.slotsIn(r);
  }

  /**
   * Lays the buffer out afresh: every region with room for just its rows (plus `extra[r]`
   * more), in a buffer with room for `spare` more entries at its end (regions keep their
   * numbers, empty ones included).
   */
  compact(spare = 0, extra?: readonly number[]): void {
    const meta = this.meta;
    let live = spare;
    for (let r = 0; r < this.regions; r += 1) {
      live += (meta[r * REGION + M_SIZE] as number) + (extra?.[r] ?? 0);
    }
    const buffer = new ArrayBuffer(live * ENTRY_BYTES);
    const f = new Float64Array(buffer);
    let at = 0;
    for (let r = 0; r < this.regions; r += 1) {
      const m = r * REGION;
      const size = meta[m + M_SIZE] as number;
      const first = (meta[m + M_START] as number) * ENTRY_F;
      if (size > 0) f.set(this.f.subarray(first, first + size * ENTRY_F), at * ENTRY_F);
      meta[m + M_START] = at;
      meta[m + M_ROOM] = size + (extra?.[r] ?? 0);
      at += meta[m + M_ROOM] as number;
    }
    this.f = f;
    this.i = new Int32Array(buffer);
    this.used = at;
  }

  /**
   * Makes room, in one layout, for `rows` more rows holding `terms` (all the terms of those rows,
   * a term once per row holding it), so adding them moves nothing.
   */
  reserve(rows: number, terms: readonly number[]): void {
    const extra: number[] = [rows];
    for (let k = 0; k < terms.length; k += 1) {
      const t = terms[k] as number;
      let r = this.region(t);
      if (r < 0) r = this.newRegion(t);
      extra[r] = (extra[r] ?? 0) + 1;
    }
    for (let r = 0; r < this.regions; r += 1) extra[r] ??= 0;
    this.compact(0, extra);
  }

  private newRegion(term: number): number {
    const r = this.regions;
    if ((r + 1) * REGION > this.meta.length) {
      const meta = new Int32Array(this.meta.length * 2);
      meta.set(this.meta);
      this.meta = meta;
    }
    const m = r * REGION;
    this.meta[m + M_KEY] = term;
    this.meta[m + M_START] = this.used;
    this.meta[m + M_SIZE] = 0;
    this.meta[m + M_ROOM] = 0;
    this.regions = r + 1;
    this.enter(r, term);
    return r;
  }

  /** Writes a row at the end of region `r`, making room first if it is full. */
  private put(
    r: number,
    slot: number,
    tenant: number,
    code: number,
    shape: number,
    latitude: number,
    longitude: number,
    terms: readonly number[],
  ): void {
    const m = r * REGION;
    const size = this.meta[m + M_SIZE] as number;
    if (size === this.meta[m + M_ROOM]) this.widen(r);
    const at = (this.meta[m + M_START] as number) + size;
    this.f[at * ENTRY_F + F_LAT] = latitude;
    this.f[at * ENTRY_F + F_LON] = longitude;
    const ints = this.i;
    const b = at * ENTRY_I;
    ints[b + I_SLOT] = slot;
    ints[b + I_SHAPE] = shape;
    ints[b + I_TENANT] = tenant;
    ints[b + I_CODE] = code;
    ints[b + I_TERM_COUNT] = terms.length;
    const own = terms.length <= ROW_TERMS;
    for (let k = 0; k < ROW_TERMS; k += 1) {
      ints[b + I_TERMS + k] = own ? (terms[k] ?? NO_TERM) : NO_TERM;
    }
    this.meta[m + M_SIZE] = size + 1;
  }

  /** Moves region `r` to the end of the buffer with twice its room (laying it out afresh if full). */
  private widen(r: number): void {
    const m = r * REGION;
    const size = this.meta[m + M_SIZE] as number;
    const room = Math.max(1, size * 2);
    if (this.used + room > this.f.length / ENTRY_F) this.compact(Math.max(room, this.used));
    const first = (this.meta[m + M_START] as number) * ENTRY_F;
    this.f.copyWithin(this.used * ENTRY_F, first, first + size * ENTRY_F);
    this.meta[m + M_START] = this.used;
    this.meta[m + M_ROOM] = room;
    this.used += room;
  }

  private find(r: number, slot: number): number {
    const ints = this.i;
    const first = this.start(r);
    const size = this.size(r);
    for (let k = 0; k < size; k += 1) if (ints[(first + k) * ENTRY_I + I_SLOT] === slot) return k;
    return -1;
  }

  /** Removes the `k`th entry of region `r`, filling its place with the region's last. */
  private cut(r: number, k: number): void {
    const first = this.start(r);
    const last = this.size(r) - 1;
    this.meta[r * REGION + M_SIZE] = last;
    this.f.copyWithin(
      (first + k) * ENTRY_F,
      (first + last) * ENTRY_F,
      (first + last + 1) * ENTRY_F,
    );
  }

  private slotsIn(r: number): number[] {
    const out: number[] = [];
    const first = this.start(r);
    const size = this.size(r);
    for (let k = 0; k < size; k += 1) out.push(this.i[(first + k) * ENTRY_I + I_SLOT] as number);
    return out;
  }
}
