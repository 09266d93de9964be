import type { ServiceStatus } from '@livewell/core';
import type { IndexedService } from './entry.js';
import { cellOf } from './geo.js';

/** Numbers kept per service in {@link PackedServices.rows}. */
export const ROW = 8;
/** Row field: latitude of the service's one map point (NaN: no point, or several). */
export const LAT = 0;
/** Row field: longitude of that point. */
export const LON = 1;
/** Row field: index of the status in {@link STATUS_CODES} (-1: unknown). */
export const STATUS = 2;
/** Row field: the remembered session holds for windows starting at or after this… */
export const MEMO_FROM = 3;
/** Row field: …and before this (the end of the earliest remembered session)… */
export const MEMO_BEFORE = 4;
/** Row field: …and ending no later than this (when a schedule had none in the window). */
export const MEMO_UNTIL_MAX = 5;
/** Row field: the earliest remembered session start (NaN: none). */
export const MEMO_START = 6;

/** Statuses as small codes (bit positions in a query's status mask). */
export const STATUS_CODES: readonly ServiceStatus[] = [
  'active',
  'inactive',
  'defunct',
  'temporarily-closed',
];

type Slots = Map<string, Set<number>>;

function put(buckets: Slots, key: string, slot: number): void {
  const set = buckets.get(key);
  if (set) set.add(slot);
  else buckets.set(key, new Set([slot]));
}

function drop(buckets: Slots, key: string, slot: number): void {
  const set = buckets.get(key);
  if (!set) return;
  set.delete(slot);
  if (set.size === 0) buckets.delete(key);
}

/**
 * The index's services packed for distance-and-terms queries: each service has a slot, a row of
 * numbers (its map point, status and remembered next session) in one typed array, and
 * (term, grid cell) and cell postings of slots, so the candidates of a query can be counted,
 * measured and scored without reading the service records.
 */
export class PackedServices {
  rows = new Float64Array(ROW * 1024);
  /** Per slot: the query generation that last reached it, and how many query terms it has. */
  marks = new Int32Array(1024);
  counts = new Int32Array(1024);
  readonly entries: (IndexedService | undefined)[] = [];
  readonly termCells: Slots = new Map();
  readonly cells: Slots = new Map();
  /** The bank holidays the remembered sessions were worked out under. */
  holidayKey = '';
  private generation = 0;
  private readonly free: number[] = [];
  private readonly slots = new Map<string, number>();

  /** A fresh generation for marking the slots one query reaches. */
  nextGeneration(): number {
    this.generation = (this.generation + 1) | 0;
    if (this.generation === 0) {
      this.marks.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }

  /** Forgets every remembered session (the bank holidays changed). */
  forgetSessions(holidayKey: string): void {
    for (let r = 0; r < this.rows.length; r += ROW) this.rows[r + MEMO_FROM] = Infinity;
    this.holidayKey = holidayKey;
  }

  private grow(): void {
    const size = this.marks.length * 2;
    const rows = new Float64Array(ROW * size);
    rows.set(this.rows);
    this.rows = rows;
    const marks = new Int32Array(size);
    marks.set(this.marks);
    this.marks = marks;
    this.counts = new Int32Array(size);
  }

  /** Adds an entry (its key must not be present). */
  add(e: IndexedService): void {
    let slot = this.free.pop();
    if (slot === undefined) {
      slot = this.entries.length;
      if (slot >= this.marks.length) this.grow();
      this.entries.push(e);
    } else this.entries[slot] = e;
    this.slots.set(e.key, slot);
    const point = e.points.length === 1 ? e.points[0] : undefined;
    const r = slot * ROW;
    this.rows[r + LAT] = point?.latitude ?? Number.NaN;
    this.rows[r + LON] = point?.longitude ?? Number.NaN;
    this.rows[r + STATUS] = STATUS_CODES.indexOf(e.service.status);
    this.rows[r + MEMO_FROM] = Infinity;
    for (const c of new Set(e.points.map(cellOf))) {
      put(this.cells, c, slot);
      for (const t of e.termKeys) put(this.termCells, `${t}@${c}`, slot);
    }
  }

  /** Removes what {@link add} added for the entry with this key. */
  remove(e: IndexedService): void {
    const slot = this.slots.get(e.key);
    if (slot === undefined) return;
    for (const c of new Set(e.points.map(cellOf))) {
      drop(this.cells, c, slot);
      for (const t of e.termKeys) drop(this.termCells, `${t}@${c}`, slot);
    }
    this.slots.delete(e.key);
    this.entries[slot] = undefined;
    this.free.push(slot);
  }
}
