import type { Coding, GeoPoint, Service } from '@livewell/core';
import { type Bag, bagAdd, bagAddOnce, bagDelete } from './bag.js';
import { CellArena } from './cell-arena.js';
import { BY_MATCHER } from './cell-entry.js';
import { schedulesOf, termKey } from './entry.js';
import { cellAt, cellOf } from './geo.js';
import { HitColumns } from './hit-columns.js';
import type { ScheduleShapes } from './schedule-shapes.js';
import { ShapeWindows } from './shape-windows.js';
import { STATUS_CODES } from './status-codes.js';
import { tokenize } from './text.js';

/** Term numbers kept in the row itself; a service with more keeps them in `moreTerms`. */
export const TERMS = 4;

/** The shape column's mark for a service with several schedules. */
export const SEVERAL = -2;

/**
 * The search index's services in columns: each service has a slot, and per slot a few numbers
 * in typed arrays (its one map point, status, tenant, first schedule shape, term numbers) —
 * no per-service objects beyond the record itself. Postings of slots by grid cell (and term
 * within a cell), by term, and by word choose candidates; a candidate is ruled out or scored
 * from its columns alone.
 */
export class SlotTable {
  lat = new Float64Array(1024);
  lon = new Float64Array(1024);
  /** Index in `STATUS_CODES` (-1: a status this release does not know). */
  status = new Int8Array(1024);
  /** Tenant number (see `tenantNumber`). */
  tenant = new Int32Array(1024);
  /** Shape of the one schedule (-1: none; `SEVERAL`: see `moreShapes`). */
  shape = new Int32Array(1024);
  terms = new Int32Array(1024 * TERMS);
  termCount = new Uint8Array(1024);
  /** Per slot: the query generation that last reached it. */
  marks = new Int32Array(1024);
  /** Per schedule shape, its remembered first session in a query window (see `ShapeWindows`). */
  readonly windows = new ShapeWindows();
  readonly services: (Service | undefined)[] = [];
  /** Per slot, what its hit needs beyond these columns (see `HitColumns`). */
  readonly hits = new HitColumns();
  /** Per term number, the words its first coding was shown in (`display`, else `code`). */
  readonly shown: string[] = [];
  /** Slots with several map points (their row's point is NaN). */
  readonly morePoints = new Map<number, readonly GeoPoint[]>();
  readonly moreShapes = new Map<number, readonly number[]>();
  readonly moreTerms = new Map<number, readonly number[]>();
  /** Per grid cell, its services' rows laid out for a query's visit (one arena for all cells). */
  readonly cells = new CellArena();
  readonly byTerm = new Map<number, Bag>();
  readonly words = new Map<string, Bag>();
  /** Slots with no map point (online, phone). */
  readonly remote = new Set<number>();
  private readonly tenants = new Map<string, number>();
  private readonly termNumbers = new Map<string, number>();
  private readonly free: number[] = [];
  private generation = 0;
  /** Slots whose cell rows wait for {@link linkDeferred} (see {@link deferCells}). */
  private deferred: number[] | undefined;

  constructor(readonly shapes: ScheduleShapes) {}

  /** The number of a tenant, or -1 when no service of it was ever indexed. */
  tenantNumber(tenantId: string): number {
    return this.tenants.get(tenantId) ?? -1;
  }

  /** The number of a term key, or -1 when no service ever had it. */
  termNumber(key: string): number {
    return this.termNumbers.get(key) ?? -1;
  }

  private number(map: Map<string, number>, key: string): number {
    const known = map.get(key);
    if (known !== undefined) return known;
    map.set(key, map.size);
    return map.size - 1;
  }

  /** A fresh generation for marking the slots one query reaches. */
  nextGeneration(): number {
    this.generation = (this.generation + 1) | 0;
    if (this.generation === 0) {
      this.marks.fill(0);
      this.windows.clearMarks();
      this.generation = 1;
    }
    return this.generation;
  }

  private grow(): void {
    const size = this.marks.length * 2;
    const widen = <A extends Float64Array | Int32Array | Int8Array | Uint8Array>(
      a: A,
      make: (n: number) => A,
      per = 1,
    ): A => {
      const b = make(size * per);
      b.set(a);
      return b;
    };
    this.lat = widen(this.lat, (n) => new Float64Array(n));
    this.lon = widen(this.lon, (n) => new Float64Array(n));
    this.status = widen(this.status, (n) => new Int8Array(n));
    this.tenant = widen(this.tenant, (n) => new Int32Array(n));
    this.shape = widen(this.shape, (n) => new Int32Array(n));
    this.terms = widen(this.terms, (n) => new Int32Array(n), TERMS);
    this.termCount = widen(this.termCount, (n) => new Uint8Array(n));
    this.marks = widen(this.marks, (n) => new Int32Array(n));
  }

  /** The term numbers of a slot. */
  termsOf(slot: number): readonly number[] {
    const more = this.moreTerms.get(slot);
    if (more) return more;
    const n = this.termCount[slot] as number;
    return Array.from(this.terms.subarray(slot * TERMS, slot * TERMS + n));
  }

  /** The map points a slot was indexed with. */
  pointsOf(slot: number): readonly GeoPoint[] {
    const more = this.morePoints.get(slot);
    if (more) return more;
    const latitude = this.lat[slot] as number;
    return Number.isNaN(latitude) ? [] : [{ latitude, longitude: this.lon[slot] as number }];
  }

  /** The schedule shapes of a slot, in schedule order. */
  shapesOf(slot: number): readonly number[] {
    const first = this.shape[slot] as number;
    if (first === SEVERAL) return this.moreShapes.get(slot) ?? [];
    return first < 0 ? [] : [first];
  }

  /** Adds a service held at `points` (its placed locations' points); returns its slot. */
  add(service: Service, points: readonly GeoPoint[]): number {
    let slot = this.free.pop();
    if (slot === undefined) {
      slot = this.services.length;
      if (slot >= this.marks.length) this.grow();
      this.services.push(service);
    } else this.services[slot] = service;
    const point = points.length === 1 ? points[0] : undefined;
    this.lat[slot] = point?.latitude ?? Number.NaN;
    this.lon[slot] = point?.longitude ?? Number.NaN;
    if (points.length > 1) this.morePoints.set(slot, points);
    this.status[slot] = STATUS_CODES.indexOf(service.status);
    this.tenant[slot] = this.number(this.tenants, service.tenantId);
    const shapes = schedulesOf(service).map((s) => this.shapes.acquire(s));
    this.windows.ensure(this.shapes.prepared.length);
    this.shape[slot] = shapes.length > 1 ? SEVERAL : (shapes[0] ?? -1);
    if (shapes.length > 1) this.moreShapes.set(slot, shapes);
    // Each distinct term once, in order of first appearance (needs, then conditions).
    // A term's reason shows its first coding's words: `ownWords` when they are not the ones
    // the term was first shown in (the page then reads the record).
    const terms: number[] = [];
    let ownWords = false;
    for (const codings of [service.needs, service.conditions]) {
      for (let k = 0; k < codings.length; k += 1) {
        const c = codings[k] as Coding;
        const n = this.number(this.termNumbers, termKey(c));
        if (terms.includes(n)) continue;
        terms.push(n);
        const words = c.display ?? c.code;
        this.shown[n] ??= words;
        if (this.shown[n] !== words) ownWords = true;
      }
    }
    this.hits.set(slot, service, shapes, ownWords);
    this.termCount[slot] = Math.min(terms.length, TERMS);
    if (terms.length > TERMS) this.moreTerms.set(slot, terms);
    else this.terms.set(terms, slot * TERMS);
    this.link(slot, service, points, terms, true);
    return slot;
  }

  /**
   * From now until {@link linkDeferred}, services added get their cell rows later, all at once
   * (each cell laid out once for all its rows rather than growing row by row): for a bulk build.
   * Queries must not run in between.
   */
  deferCells(): void {
    this.deferred ??= [];
  }

  /** Adds the cell rows of every service added since {@link deferCells}, cell by cell. */
  linkDeferred(): void {
    const slots = this.deferred;
    this.deferred = undefined;
    if (slots === undefined) return;
    const gen = this.nextGeneration();
    /** Per cell, its new rows as (slot, point number) pairs (-1: the slot's one point). */
    const byCell = new Map<number, number[]>();
    const rowsIn = (c: number): number[] => {
      let rows = byCell.get(c);
      if (rows === undefined) {
        rows = [];
        byCell.set(c, rows);
      }
      return rows;
    };
    for (const slot of slots) {
      if (this.marks[slot] === gen || this.services[slot] === undefined) continue;
      this.marks[slot] = gen;
      const latitude = this.lat[slot] as number;
      if (!Number.isNaN(latitude)) {
        rowsIn(cellAt(latitude, this.lon[slot] as number)).push(slot, -1);
        continue;
      }
      const points = this.morePoints.get(slot) ?? [];
      for (let k = 0; k < points.length; k += 1) {
        const rows = rowsIn(cellOf(points[k] as GeoPoint));
        if (!rows.some((s, i) => i % 2 === 0 && s === slot)) rows.push(slot, k);
      }
    }
    const scratch: number[] = [];
    /** A slot's term numbers (in `scratch` unless it has more than the row keeps). */
    const termsOf = (slot: number): readonly number[] => {
      const more = this.moreTerms.get(slot);
      if (more !== undefined) return more;
      scratch.length = 0;
      const n = this.termCount[slot] as number;
      for (let k = 0; k < n; k += 1) scratch.push(this.terms[slot * TERMS + k] as number);
      return scratch;
    };
    // The arena sized once for every new row (each in its cell's every-row region and its terms').
    let entries = 0;
    for (const rows of byCell.values()) {
      for (let i = 0; i < rows.length; i += 2) entries += 1 + termsOf(rows[i] as number).length;
    }
    this.cells.expect(entries);
    for (const [cell, rows] of byCell) {
      const terms: number[] = [];
      for (let i = 0; i < rows.length; i += 2) {
        for (const t of termsOf(rows[i] as number)) terms.push(t);
      }
      this.cells.reserve(cell, rows.length / 2, terms);
      for (let i = 0; i < rows.length; i += 2) {
        const slot = rows[i] as number;
        const k = rows[i + 1] as number;
        if (k < 0) {
          const latitude = this.lat[slot] as number;
          this.addRow(cell, slot, latitude, this.lon[slot] as number, 1, termsOf(slot));
        } else {
          const points = this.morePoints.get(slot) ?? [];
          const p = points[k] as GeoPoint;
          this.addRow(cell, slot, p.latitude, p.longitude, points.length, termsOf(slot));
        }
      }
    }
    // Laid out afresh by term then cell, no longer cell by cell: a term's regions in the cells
    // along a grid row then lie side by side, so a query reads a few runs of rows rather than
    // one far-off region per cell and term.
    this.cells.compact();
  }

  /** Adds a slot's row at one of its `points` points (this one at latitude, longitude) to a cell. */
  private addRow(
    cell: number,
    slot: number,
    latitude: number,
    longitude: number,
    points: number,
    terms: readonly number[],
  ): void {
    const status = this.status[slot] as number;
    const code = points === 1 && status >= 0 ? status : BY_MATCHER;
    this.cells.add(
      cell,
      slot,
      this.tenant[slot] as number,
      code,
      this.shape[slot] as number,
      latitude,
      longitude,
      terms,
    );
  }

  /** Removes what {@link add} added for a slot. */
  remove(slot: number): void {
    const service = this.services[slot];
    if (service === undefined) return;
    this.link(slot, service, this.pointsOf(slot), this.termsOf(slot), false);
    for (const s of this.shapesOf(slot)) {
      this.shapes.release(s);
      if (this.shapes.prepared[s] === undefined) this.windows.forget(s);
    }
    this.morePoints.delete(slot);
    this.moreShapes.delete(slot);
    this.moreTerms.delete(slot);
    this.services[slot] = undefined;
    this.hits.clear(slot);
    this.free.push(slot);
  }

  private link(
    slot: number,
    service: Service,
    points: readonly GeoPoint[],
    terms: readonly number[],
    adding: boolean,
  ): void {
    const put = adding ? bagAdd : bagDelete;
    for (const t of terms) put(this.byTerm, t, slot);
    // Each word of the name and description once (a word both hold, or a repeated one, is
    // added once and deleted once: deleting what is gone is a no-op).
    const putWord = adding ? bagAddOnce : bagDelete;
    for (const w of tokenize(service.name)) putWord(this.words, w, slot);
    for (const w of tokenize(service.description ?? '')) putWord(this.words, w, slot);
    if (points.length === 0) {
      if (adding) this.remote.add(slot);
      else this.remote.delete(slot);
    }
    if (adding && this.deferred !== undefined) {
      this.deferred.push(slot);
      return;
    }
    const single = points.length === 1;
    for (const point of points) {
      const c = cellOf(point);
      if (adding) {
        if (!single && this.cells.holds(c, slot)) continue;
        this.addRow(c, slot, point.latitude, point.longitude, points.length, terms);
      } else this.cells.remove(c, slot, terms);
    }
  }
}
