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
import { COLUMNS } from './geo.js';
import { orderPlaces } from './region-order.js';

/** The term key of a cell's region holding every row. */
export const EVERY_ROW = -1;
/** Numbers per region in {@link CellArena.regionsOf}: cell, term, first entry, entries. */
export const REGION = 4;
const R_CELL = 0;
const R_TERM = 1;
/** Offset in a region's numbers of its first entry. */
export const R_START = 2;
/** Offset in a region's numbers of its number of entries. */
export const R_SIZE = 3;
/**
 * The room a region of `size` rows gets when the arena is laid out afresh: an eighth more (none
 * under eight rows, which are cheap to move), so the next rows added to it do not move it to the
 * end of the arena at once. With no room, a dense cell's region moved on its next row, those
 * moves soon used up the spare room and forced the next layout: added one at a time, a directory
 * of 200,000 services took 500 µs a service.
 */
const roomFor = (size: number): number => size + (size >> 3);
/** The term of a free place in the table (no term number is this low). */
const FREE = -0x80000000;

/**
 * The first place to probe for a cell and term number, to `bits` bits: a term's places are
 * scattered by its number, and a cell's follow its neighbour's in the same grid row (cell
 * numbers run along a row), so the regions of one term in the cells a query visits, a few rows of
 * neighbouring cells, share cache lines.
 */
export function hashOf(cell: number, term: number, bits: number): number {
  const x = Math.imul(term + 3, 0x9e3779b1) ^ Math.imul((cell / COLUMNS) | 0, 0x85ebca77);
  return ((x >>> (32 - bits)) + (cell % COLUMNS)) & ((1 << bits) - 1);
}

/**
 * The step to the next place when a place is taken: odd (so every place is reached) and spread
 * by cell and term. Stepping by one instead let the runs of neighbouring cells' places merge
 * into clusters hundreds of places long, which a probe walked from end to end.
 */
export function stepOf(cell: number, term: number, bits: number): number {
  return ((Math.imul(cell, 0x27d4eb2f) ^ Math.imul(term + 7, 0x165667b1)) >>> (32 - bits)) | 1;
}

/**
 * Every grid cell's rows in one buffer (an arena): per cell, a region of every row and, per term
 * number, a region of the rows holding that term, each row an entry of 48 bytes (see
 * `cell-entry.ts`) read through two views (`f`, `i`). Regions live in one open-addressed table
 * keyed by (cell, term), each place holding the region's cell, term, first entry and size side
 * by side (a region's number is its place, valid until the table grows), so a query reaches a
 * cell's term rows in one or two reads with no object per cell. A region that
 * outgrows its room moves to the end of the arena with twice the room; the arena is laid out
 * afresh (every region with just its rows, and an eighth more free at its end) when it is full,
 * sized once for a bulk build ({@link expect}) and laid out afresh after it ({@link compact}).
 */
export class CellArena {
  f = new Float64Array(0);
  i = new Int32Array(0);
  /**
   * The table: per place, {@link REGION} numbers (cell, term, first entry, entries; term
   * {@link FREE}: no region), probed from {@link hashOf} in {@link stepOf}'s steps; at most
   * half full.
   */
  regionsOf = CellArena.blank(1 << 7);
  /** Per place, the entries its region has room for. */
  private rooms = new Int32Array(1 << 7);
  private bits = 7;
  /** Number of regions. */
  regions = 0;
  /** Times the arena was laid out afresh (each a new buffer, every row copied). */
  layouts = 0;

  private static blank(places: number): Int32Array {
    const table = new Int32Array(places * REGION);
    for (let p = 0; p < places; p += 1) table[p * REGION + R_TERM] = FREE;
    return table;
  }
  /** Entries given to regions (the rest of the buffer is free at its end). */
  private used = 0;

  /** The region of a cell's rows holding a term ({@link EVERY_ROW}: every row); -1 when none. */
  region(cell: number, term: number): number {
    const d = this.regionsOf;
    const mask = (1 << this.bits) - 1;
    const step = stepOf(cell, term, this.bits);
    for (let h = hashOf(cell, term, this.bits); ; h = (h + step) & mask) {
      const key = d[h * REGION + R_TERM] as number;
      if (key === FREE) return -1;
      if (key === term && d[h * REGION + R_CELL] === cell) return h;
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
    // Room in the table first: region numbers hold while it does not grow.
    this.makePlaces(1 + terms.length);
    const extra = new Map<number, number>([[this.regionFor(cell, EVERY_ROW), rows]]);
    for (let k = 0; k < terms.length; k += 1) {
      const r = this.regionFor(cell, terms[k] as number);
      extra.set(r, (extra.get(r) ?? 0) + 1);
    }
    for (const [r, more] of extra) this.widen(r, this.size(r) + more);
  }

  /**
   * Lays the arena out afresh, every region with its rows and room to grow, by term then cell
   * (after a bulk build, and after churn).
   */
  compact(): void {
    this.relayout(0);
  }

  /** The region of (cell, term), made empty when missing (the table may grow: see `regionsOf`). */
  private regionFor(cell: number, term: number): number {
    const known = this.region(cell, term);
    if (known >= 0) return known;
    this.makePlaces(1);
    const d = this.regionsOf;
    const mask = (1 << this.bits) - 1;
    const step = stepOf(cell, term, this.bits);
    let h = hashOf(cell, term, this.bits);
    while (d[h * REGION + R_TERM] !== FREE) h = (h + step) & mask;
    const b = h * REGION;
    d[b + R_CELL] = cell;
    d[b + R_TERM] = term;
    d[b + R_START] = this.used;
    d[b + R_SIZE] = 0;
    this.rooms[h] = 0;
    this.regions += 1;
    return h;
  }

  /** Grows the table (new region numbers) unless `more` regions fit with it at most half full. */
  private makePlaces(more: number): void {
    let bits = this.bits;
    while ((this.regions + more) * 2 > 1 << bits) bits += 1;
    if (bits === this.bits) return;
    const old = this.regionsOf;
    const rooms = this.rooms;
    const places = 1 << this.bits;
    this.bits = bits;
    this.regionsOf = CellArena.blank(1 << bits);
    this.rooms = new Int32Array(1 << bits);
    const d = this.regionsOf;
    const mask = (1 << bits) - 1;
    for (let p = 0; p < places; p += 1) {
      const term = old[p * REGION + R_TERM] as number;
      if (term === FREE) continue;
      const cell = old[p * REGION + R_CELL] as number;
      const step = stepOf(cell, term, bits);
      let h = hashOf(cell, term, bits);
      while (d[h * REGION + R_TERM] !== FREE) h = (h + step) & mask;
      d.set(old.subarray(p * REGION, p * REGION + REGION), h * REGION);
      this.rooms[h] = rooms[p] as number;
    }
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
    if (size === this.rooms[r]) this.widen(r, Math.max(1, size * 2));
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
    if ((this.rooms[r] as number) >= room) return;
    if (this.used + room > this.f.length / ENTRY_F) {
      // A quarter to spare, and an eighth more room in every region (`roomFor`): updates after
      // a bulk build (which fills the arena exactly) grow it by a little, not twice over, and a
      // directory added one service at a time is laid out afresh a few dozen times, not once
      // every few rows (each layout is a new buffer the garbage collector must account for).
      this.relayout(Math.max(room, this.used >> 2, 64));
    }
    const size = this.regionsOf[b0 + R_SIZE] as number;
    const first = (this.regionsOf[b0 + R_START] as number) * ENTRY_F;
    this.f.copyWithin(this.used * ENTRY_F, first, first + size * ENTRY_F);
    this.regionsOf[b0 + R_START] = this.used;
    this.rooms[r] = room;
    this.used += room;
  }

  /**
   * Lays every region out afresh with just its rows (and {@link roomFor}'s room), by term then
   * cell, in a buffer with `spare` entries free at its end.
   */
  private relayout(spare: number): void {
    this.layouts += 1;
    const d = this.regionsOf;
    const places = 1 << this.bits;
    let live = spare;
    for (let p = 0; p < places; p += 1) {
      if (d[p * REGION + R_TERM] !== FREE) live += roomFor(d[p * REGION + R_SIZE] as number);
    }
    const buffer = new ArrayBuffer(live * ENTRY_F * 8);
    const f = new Float64Array(buffer);
    let at = 0;
    // By term, then cell: a term's regions along a grid row side by side, then the next row's.
    const taken = new Int32Array(this.regions);
    const terms = new Int32Array(this.regions);
    const cells = new Int32Array(this.regions);
    let k = 0;
    for (let p = 0; p < places; p += 1) {
      const term = d[p * REGION + R_TERM] as number;
      if (term === FREE) continue;
      taken[k] = p;
      terms[k] = term + 1;
      cells[k] = d[p * REGION + R_CELL] as number;
      k += 1;
    }
    const order = orderPlaces(taken, terms, cells);
    for (let q = 0; q < k; q += 1) {
      const p = order[q] as number;
      const b = p * REGION;
      const size = d[b + R_SIZE] as number;
      const first = (d[b + R_START] as number) * ENTRY_F;
      if (size > 0) f.set(this.f.subarray(first, first + size * ENTRY_F), at * ENTRY_F);
      d[b + R_START] = at;
      const room = roomFor(size);
      this.rooms[p] = room;
      at += room;
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
