/** Bytes per entry of a {@link RowList}: six 8-byte numbers, read as two floats then ten int32s. */
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

/**
 * Rows of a cell, each as one entry of 48 bytes (latitude, longitude, slot, schedule shape,
 * tenant, status code, the row's term numbers), read through two views of one buffer, so a
 * query reads its candidates front to back from one array and learns from each entry which of
 * its other terms the row holds.
 */
export interface RowList {
  f: Float64Array;
  i: Int32Array;
  length: number;
}

const listOf = (entries: number): RowList => {
  const buffer = new ArrayBuffer(entries * ENTRY_BYTES);
  return { f: new Float64Array(buffer), i: new Int32Array(buffer), length: 0 };
};

/** Room for one more entry (doubling). */
function grow(list: RowList): void {
  if ((list.length + 1) * ENTRY_F <= list.f.length) return;
  const bigger = listOf((list.f.length / ENTRY_F) * 2);
  bigger.f.set(list.f);
  list.f = bigger.f;
  list.i = bigger.i;
}

/** The position in `list` of the entry for `slot` (-1: none). */
function find(list: RowList, slot: number): number {
  const ints = list.i;
  for (let k = 0; k < list.length; k += 1) if (ints[k * ENTRY_I + I_SLOT] === slot) return k;
  return -1;
}

/** Removes the entry at position `k`, filling its place with the last. */
function cut(list: RowList, k: number): void {
  list.length -= 1;
  const last = list.length * ENTRY_F;
  list.f.copyWithin(k * ENTRY_F, last, last + ENTRY_F);
}

/**
 * The services of one grid cell, laid out for a query's visit: every row (`all`) and, per term
 * number, the rows holding that term (`byTerm`), each with a copy of its hot numbers. A removed
 * row's entries are filled by the last ones.
 */
export class CellBlock {
  readonly all: RowList = listOf(1);
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
    put(this.all, slot, tenant, code, shape, latitude, longitude, terms);
    for (let k = 0; k < terms.length; k += 1) {
      const t = terms[k] as number;
      let list = this.byTerm.get(t);
      if (list === undefined) {
        list = listOf(1);
        this.byTerm.set(t, list);
      }
      put(list, slot, tenant, code, shape, latitude, longitude, terms);
    }
  }

  /** Removes the row of `slot` (added with `terms`). False when the cell has no row for it. */
  remove(slot: number, terms: readonly number[]): boolean {
    const row = find(this.all, slot);
    if (row < 0) return false;
    for (const t of terms) {
      const list = this.byTerm.get(t);
      const k = list === undefined ? -1 : find(list, slot);
      if (list === undefined || k < 0) continue;
      cut(list, k);
      if (list.length === 0) this.byTerm.delete(t);
    }
    cut(this.all, row);
    return true;
  }

  /** Whether the cell has a row for `slot`. */
  holds(slot: number): boolean {
    return find(this.all, slot) >= 0;
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

function put(
  list: RowList,
  slot: number,
  tenant: number,
  code: number,
  shape: number,
  latitude: number,
  longitude: number,
  terms: readonly number[],
): void {
  grow(list);
  const at = list.length;
  list.f[at * ENTRY_F + F_LAT] = latitude;
  list.f[at * ENTRY_F + F_LON] = longitude;
  const ints = list.i;
  const b = at * ENTRY_I;
  ints[b + I_SLOT] = slot;
  ints[b + I_SHAPE] = shape;
  ints[b + I_TENANT] = tenant;
  ints[b + I_CODE] = code;
  ints[b + I_TERM_COUNT] = terms.length;
  for (let k = 0; k < ROW_TERMS; k += 1) {
    ints[b + I_TERMS + k] = terms.length <= ROW_TERMS ? (terms[k] ?? NO_TERM) : NO_TERM;
  }
  list.length = at + 1;
}

function slotsIn(list: RowList): number[] {
  const out: number[] = [];
  for (let k = 0; k < list.length; k += 1) out.push(list.i[k * ENTRY_I + I_SLOT] as number);
  return out;
}
