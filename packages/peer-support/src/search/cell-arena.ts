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

/** The term key of a cell's region holding every row. */
export const EVERY_ROW = -1;
/** Numbers per region in {@link CellArena.regionsOf}: cell, term, first entry, entries, room. */
export const REGION = 5;
const R_CELL = 0;
const R_TERM = 1;
/** Offset in a region's numbers of its first entry. */
export const R_START = 2;
/** Offset in a region's numbers of its number of entries. */
export const R_SIZE = 3;
const R_ROOM = 4;

/** A hash of a cell and term number, to `bits` bits. */
function hashOf(cell: number, term: number, bits: number): number {
  const x = Math.imul(cell, 0x9e3779b1) ^ Math.imul(term + 3, 0x85ebca77);
  return Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> (32 - bits);
}

/**
 * Every grid cell's rows in one buffer (an arena): per cell, a region of every row and, per term
 * number, a region of the rows holding that term, each row an entry of 48 bytes (see
 * `cell-entry.ts`) read through two views (`f`, `i`). A region is found by (cell, term) in one
 * open-addressed table, and its first entry, size and room sit side by side in `regionsOf`, so a
 * query reaches a cell's term rows in two or three reads with no object per cell. A region that
 * outgrows its room moves to the end of the arena with twice the room; the arena is laid out
 * afresh (every region with just its rows) when it is full, and sized once for a bulk build
 * ({@link expect}).
 */
export class CellArena {
  f = new Float64Array(0);
  i = new Int32Array(0);
  /** Per region, {@link REGION} numbers: cell, term, first entry, entries, room. */
  regionsOf = new Int32Array(64 * REGION);
  /** Number of regions. */
  regions = 0;
  /** Region numbers plus one (0: empty), by {@link hashOf}; at most half full. */
  private table = new Int32Array(128);
  private bits = 7;
  /** Entries given to regions (the rest of the buffer is free at its end). */
  private used = 0;

  /** The region of a cell's rows holding a term ({@link EVERY_ROW}: every row); -1 when none. */
  region(cell: number, term: number): number {
    const table = this.table;
    const mask = table.length - 1;
    const d = this.regionsOf;
    for (let h = hashOf(cell, term, this.bits); ; h = (h + 1) & mask) {
      const r = (table[h] as number) - 1;
      if (r < 0) return -1;
      if (d[r * REGION + R_CELL] === cell && d[r * REGION + R_TERM] === term) return r;
    }
  }

  /** The first entry of region `r`. */
  start(r: number): number {
    return this.regionsOf[r * REGION + R_START] as number;
  }

  /** The number of entries of region `r`. */
  size(r: number): number {
    return this.regionsOf[r * REGION + R_SIZE] as number;
  }

  /** Number of rows in a cell. */
  length(cell: number): number {
    const r = this.region(cell, EVERY_ROW);
    return r < 0 ? 0 : this.size(r);
  }

  /** Whether some row of the cell holds the term (never for a negative term: unknown). */
  has(cell: number, term: number): boolean {
    if (term < 0) return false;
    const r = this.region(cell, term);
    return r >= 0 && this.size(r) > 0;
  }

  /** Whether the cell has a row for `slot`. */
  holds(cell: number, slot: number): boolean {
    const r = this.region(cell, EVERY_ROW);
    return r >= 0 && this.find(r, slot) >= 0;
  }

  /** The slots of every row of a cell. */
  slots(cell: number): number[] {
    return this.slotsIn(this.region(cell, EVERY_ROW));
  }

  /** The slots of a cell's rows holding a term (none for a negative term: unknown). */
  slotsWith(cell: number, term: number): number[] {
    return term < 0 ? [] : this.slotsIn(this.region(cell, term));
  }

  /** Adds a row to a cell; `code` is the status code or `BY_MATCHER`. */
  add(
    cell: number,
    slot: number,
    tenant: number,
    code: number,
    shape: number,
    latitude: number,
    longitude: number,
    terms: readonly number[],
  ): void {
    this.put(
      this.regionFor(cell, EVERY_ROW),
      slot,
      tenant,
      code,
      shape,
      latitude,
      longitude,
      terms,
    );
    for (let k = 0; k < terms.length; k += 1) {
      const r = this.regionFor(cell, terms[k] as number);
      this.put(r, slot, tenant, code, shape, latitude, longitude, terms);
    }
  }

  /** Removes a cell's row of `slot` (added with `terms`). False when the cell has no row for it. */
  remove(cell: number, slot: number, terms: readonly number[]): boolean {
    const every = this.region(cell, EVERY_ROW);
    const row = every < 0 ? -1 : this.find(every, slot);
    if (row < 0) return false;
    for (const t of terms) {
      const r = this.region(cell, t);
      const at = r < 0 ? -1 : this.find(r, slot);
      if (at >= 0) this.cut(r, at);
    }
    this.cut(every, row);
    return true;
  }

  /**
   * Makes room at the end of the arena for `entries` more entries, laying it out afresh (every
   * region with just its rows) with exactly that much free when it is short: a bulk build says
   * what it will add, so the arena is sized once.
   */
  expect(entries: number): void {
    if (this.used + entries > this.f.length / ENTRY_F) this.relayout(entries);
  }

  /**
   * Makes room, in a cell's regions, for `rows` more rows holding `terms` (all the terms of those
   * rows, a term once per row holding it), so adding them moves nothing.
   */
  reserve(cell: number, rows: number, terms: readonly number[]): void {
    const extra = new Map<number, number>([[this.regionFor(cell, EVERY_ROW), rows]]);
    for (let k = 0; k < terms.length; k += 1) {
      const r = this.regionFor(cell, terms[k] as number);
      extra.set(r, (extra.get(r) ?? 0) + 1);
    }
    for (const [r, more] of extra) this.widen(r, this.size(r) + more);
  }

  /** Lays the arena out afresh, every region with just its rows (for tests and after churn). */
  compact(): void {
    this.relayout(0);
  }

  /** The region of (cell, term), made empty when missing. */
  private regionFor(cell: number, term: number): number {
    const known = this.region(cell, term);
    if (known >= 0) return known;
    const r = this.regions;
    if ((r + 1) * REGION > this.regionsOf.length) {
      const d = new Int32Array(this.regionsOf.length * 2);
      d.set(this.regionsOf);
      this.regionsOf = d;
    }
    const b = r * REGION;
    this.regionsOf[b + R_CELL] = cell;
    this.regionsOf[b + R_TERM] = term;
    this.regionsOf[b + R_START] = this.used;
    this.regionsOf[b + R_SIZE] = 0;
    this.regionsOf[b + R_ROOM] = 0;
    this.regions = r + 1;
    if (this.regions * 2 > this.table.length) this.rehash(this.bits + 1);
    else this.enter(r);
    return r;
  }

  private enter(r: number): void {
    const table = this.table;
    const mask = table.length - 1;
    const d = this.regionsOf;
    let h = hashOf(d[r * REGION + R_CELL] as number, d[r * REGION + R_TERM] as number, this.bits);
    while (table[h] !== 0) h = (h + 1) & mask;
    table[h] = r + 1;
  }

  private rehash(bits: number): void {
    this.bits = bits;
    this.table = new Int32Array(1 << bits);
    for (let r = 0; r < this.regions; r += 1) this.enter(r);
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
    const b0 = r * REGION;
    const size = this.regionsOf[b0 + R_SIZE] as number;
    if (size === this.regionsOf[b0 + R_ROOM]) this.widen(r, Math.max(1, size * 2));
    const at = (this.regionsOf[b0 + R_START] as number) + size;
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
    this.regionsOf[b0 + R_SIZE] = size + 1;
  }

  /** Gives region `r` room for `room` entries (moving it to the end of the arena) if it has less. */
  private widen(r: number, room: number): void {
    const b0 = r * REGION;
    if ((this.regionsOf[b0 + R_ROOM] as number) >= room) return;
    if (this.used + room > this.f.length / ENTRY_F) {
      this.relayout(Math.max(room, this.used));
    }
    const size = this.regionsOf[b0 + R_SIZE] as number;
    const first = (this.regionsOf[b0 + R_START] as number) * ENTRY_F;
    this.f.copyWithin(this.used * ENTRY_F, first, first + size * ENTRY_F);
    this.regionsOf[b0 + R_START] = this.used;
    this.regionsOf[b0 + R_ROOM] = room;
    this.used += room;
  }

  /** Lays every region out afresh with just its rows, in a buffer with `spare` entries free at its end. */
  private relayout(spare: number): void {
    const d = this.regionsOf;
    let live = spare;
    for (let r = 0; r < this.regions; r += 1) live += d[r * REGION + R_SIZE] as number;
    const buffer = new ArrayBuffer(live * ENTRY_F * 8);
    const f = new Float64Array(buffer);
    let at = 0;
    for (let r = 0; r < this.regions; r += 1) {
      const b = r * REGION;
      const size = d[b + R_SIZE] as number;
      const first = (d[b + R_START] as number) * ENTRY_F;
      if (size > 0) f.set(this.f.subarray(first, first + size * ENTRY_F), at * ENTRY_F);
      d[b + R_START] = at;
      d[b + R_ROOM] = size;
      at += size;
    }
    this.f = f;
    this.i = new Int32Array(buffer);
    this.used = at;
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
    this.regionsOf[r * REGION + R_SIZE] = last;
    this.f.copyWithin(
      (first + k) * ENTRY_F,
      (first + last) * ENTRY_F,
      (first + last + 1) * ENTRY_F,
    );
  }

  private slotsIn(r: number): number[] {
    const out: number[] = [];
    if (r < 0) return out;
    const first = this.start(r);
    const size = this.size(r);
    for (let k = 0; k < size; k += 1) out.push(this.i[(first + k) * ENTRY_I + I_SLOT] as number);
    return out;
  }
}
