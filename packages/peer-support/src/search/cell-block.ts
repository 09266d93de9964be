/** Numbers kept per entry of a {@link RowList} (one 64-byte cache line). */
export const ENTRY = 8;
/** Offset of the row number (the entry's position in the cell's `all` list). */
export const E_ROW = 0;
/** Offset of the slot in the slot table. */
export const E_SLOT = 1;
/** Offset of the tenant number. */
export const E_TENANT = 2;
/** Offset of the status code (index in `STATUS_CODES`, or {@link BY_MATCHER}). */
export const E_CODE = 3;
/** Offset of the schedule shape (as the slot table's `shape` column). */
export const E_SHAPE = 4;
/** Offset of the latitude. */
export const E_LAT = 5;
/** Offset of the longitude. */
export const E_LON = 6;
/** The code of a row its numbers cannot decide (several points, a status this release does not know). */
export const BY_MATCHER = -1;

/**
 * Rows of a cell, each as one entry of {@link ENTRY} numbers side by side (row, slot, tenant,
 * status code, schedule shape, latitude, longitude), so a query reads its candidates front to
 * back from one array.
 */
export interface RowList {
  data: Float64Array;
  length: number;
}

const newList = (): RowList => ({ data: new Float64Array(ENTRY * 2), length: 0 });

function append(list: RowList, entry: Float64Array): void {
  if ((list.length + 1) * ENTRY > list.data.length) {
    const data = new Float64Array(list.data.length * 2);
    data.set(list.data);
    list.data = data;
  }
  list.data.set(entry, list.length * ENTRY);
  list.length += 1;
}

/** The position in `list` of the entry at `offset` equal to `value` (-1: none). */
function find(list: RowList, offset: number, value: number): number {
  const data = list.data;
  for (let i = 0; i < list.length; i += 1) if (data[i * ENTRY + offset] === value) return i;
  return -1;
}

/** Removes the entry at position `i`, filling its place with the last. */
function cut(list: RowList, i: number): void {
  list.length -= 1;
  const last = list.length * ENTRY;
  list.data.copyWithin(i * ENTRY, last, last + ENTRY);
}

const scratch = new Float64Array(ENTRY);

/**
 * The services of one grid cell, laid out for a query's visit: every row (`all`, a row's number
 * is its position there) and, per term number, the rows holding that term (`byTerm`), each with
 * a copy of its hot numbers. Rows are kept dense: a removed row is filled by the last one, and
 * its entries renumbered.
 */
export class CellBlock {
  readonly all: RowList = newList();
  /** Per term number, the rows holding it. */
  readonly byTerm = new Map<number, RowList>();

  /** Number of rows. */
  get length(): number {
    return this.all.length;
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
    scratch[E_ROW] = this.all.length;
    scratch[E_SLOT] = slot;
    scratch[E_TENANT] = tenant;
    scratch[E_CODE] = code;
    scratch[E_SHAPE] = shape;
    scratch[E_LAT] = latitude;
    scratch[E_LON] = longitude;
    scratch[7] = 0;
    append(this.all, scratch);
    for (const t of terms) {
      let list = this.byTerm.get(t);
      if (list === undefined) {
        list = newList();
        this.byTerm.set(t, list);
      }
      append(list, scratch);
    }
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
    const row = find(this.all, E_SLOT, slot);
    if (row < 0) return false;
    for (const t of terms) {
      const list = this.byTerm.get(t);
      const i = list === undefined ? -1 : find(list, E_ROW, row);
      if (list === undefined || i < 0) continue;
      cut(list, i);
      if (list.length === 0) this.byTerm.delete(t);
    }
    const last = this.all.length - 1;
    cut(this.all, row);
    if (row !== last) {
      this.all.data[row * ENTRY + E_ROW] = row;
      const moved = this.all.data[row * ENTRY + E_SLOT] as number;
      for (const t of termsOfSlot(moved)) {
        const list = this.byTerm.get(t);
        const i = list === undefined ? -1 : find(list, E_ROW, last);
        if (list !== undefined && i >= 0) list.data[i * ENTRY + E_ROW] = row;
      }
    }
    return true;
  }

  /** Whether the cell has a row for `slot`. */
  holds(slot: number): boolean {
    return find(this.all, E_SLOT, slot) >= 0;
  }

  /** The slots of every row (for the generic candidate search). */
  slots(): number[] {
    return slotsIn(this.all);
  }

  /** The slots of the rows holding a term. */
  slotsWith(term: number): number[] {
    const list = this.byTerm.get(term);
    return list === undefined ? [] : slotsIn(list);
  }
}

function slotsIn(list: RowList): number[] {
  const out: number[] = [];
  for (let i = 0; i < list.length; i += 1) out.push(list.data[i * ENTRY + E_SLOT] as number);
  return out;
}
