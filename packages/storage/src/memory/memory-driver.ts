import type { TenantId } from '@livewell/core';
import type {
  DriverRow,
  DriverSession,
  RowFilter,
  RowInput,
  RowQuery,
  StorageDriver,
  UnitMode,
} from '../driver/driver.js';
import {
  ConflictError,
  DuplicateError,
  InvalidRequestError,
  NotFoundError,
} from '../port/errors.js';

/** A row as the memory driver keeps it: the document serialised, so nothing outside can mutate it. */
interface MemoryRow {
  readonly id: string;
  readonly version: number;
  readonly seq: number;
  readonly personId: string | null;
  readonly parentId: string | null;
  readonly json: string;
  /** The codec stamp written with the document (rows change only through writes that set it). */
  readonly stamp?: string;
}

interface MemoryCollection {
  readonly rows: Map<string, MemoryRow>;
  seq: number;
  /** Rows sorted by id / by seq, rebuilt lazily after a write. */
  sorted: { id?: MemoryRow[]; seq?: MemoryRow[] };
}

const keyOf = (order: RowQuery['order']) => (row: MemoryRow) => (order === 'id' ? row.id : row.seq);

/** Index of the first row whose key is greater than `after` (binary search). */
function firstAfter(rows: readonly MemoryRow[], order: RowQuery['order'], after: string | number) {
  const key = keyOf(order);
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(rows[mid] as MemoryRow) <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const toDriverRow = ({ json, ...row }: MemoryRow): DriverRow => ({ ...row, doc: JSON.parse(json) });

/**
 * The row a write answers: the stored columns with the document the caller handed in (it was
 * serialised on the way in, so nothing the caller does to it reaches the store; no need to parse
 * the JSON back).
 */
const written = ({ json: _json, ...row }: MemoryRow, input: RowInput): DriverRow => ({
  ...row,
  doc: input.doc,
});

const duplicate = (kind: string, id: string): never => {
  throw new DuplicateError(`${kind} ${id} already exists.`, { kind, id });
};

const matches = (row: MemoryRow, filter: RowFilter & { personId?: string; parentId?: string }) =>
  (filter.id === undefined || row.id === filter.id) &&
  (filter.personId === undefined || row.personId === filter.personId) &&
  (filter.parentId === undefined || row.parentId === filter.parentId);

/**
 * The in-memory reference driver: a map per tenant and collection, documents kept as JSON text
 * (copied on write and on read), one unit of work at a time, and an undo log that rolls a failed
 * write unit back. Small and obviously correct: the model other adapters are compared with.
 */
export class MemoryDriver implements StorageDriver {
  readonly #tenants = new Map<string, Map<string, MemoryCollection>>();
  #queue: Promise<unknown> = Promise.resolve();

  #collection(tenantId: string, name: string): MemoryCollection {
    let tenant = this.#tenants.get(tenantId);
    if (tenant === undefined) {
      tenant = new Map();
      this.#tenants.set(tenantId, tenant);
    }
    let collection = tenant.get(name);
    if (collection === undefined) {
      collection = { rows: new Map(), seq: 0, sorted: {} };
      tenant.set(name, collection);
    }
    return collection;
  }

  #sorted(collection: MemoryCollection, order: RowQuery['order']): MemoryRow[] {
    const cached = collection.sorted[order];
    if (cached !== undefined) return cached;
    const key = keyOf(order);
    const rows = [...collection.rows.values()].sort((a, b) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0,
    );
    collection.sorted[order] = rows;
    return rows;
  }

  run<T>(
    tenantId: TenantId,
    mode: UnitMode,
    fn: (session: DriverSession) => Promise<T>,
  ): Promise<T> {
    const unit = this.#queue.then(() => this.#unit(tenantId, mode, fn));
    this.#queue = unit.catch(() => undefined);
    return unit;
  }

  async #unit<T>(tenantId: string, mode: UnitMode, fn: (s: DriverSession) => Promise<T>) {
    const undo: (() => void)[] = [];
    const write = (name: string, id: string, next: MemoryRow | undefined) => {
      const collection = this.#collection(tenantId, name);
      const before = collection.rows.get(id);
      const seqBefore = collection.seq;
      if (next === undefined) collection.rows.delete(id);
      else collection.rows.set(id, next);
      collection.sorted = {};
      undo.push(() => {
        collection.sorted = {};
        collection.seq = seqBefore;
        if (before === undefined) collection.rows.delete(id);
        else collection.rows.set(id, before);
      });
    };
    const store = (name: string, input: RowInput, version: number): MemoryRow => {
      const collection = this.#collection(tenantId, name);
      const row: MemoryRow = {
        id: input.id,
        version,
        seq: collection.seq + 1,
        personId: input.personId,
        parentId: input.parentId,
        json: JSON.stringify(input.doc),
        ...(input.stamp === undefined ? {} : { stamp: input.stamp }),
      };
      write(name, input.id, row);
      collection.seq = row.seq;
      return row;
    };
    const readOnly = mode === 'read';
    const refuse = () => {
      throw new InvalidRequestError('A read unit of work cannot write.');
    };
    const session: DriverSession = {
      get: async (name, id) => {
        const row = this.#collection(tenantId, name).rows.get(id);
        return row === undefined ? undefined : toDriverRow(row);
      },
      insert: async (name, input) => {
        if (readOnly) refuse();
        if (this.#collection(tenantId, name).rows.has(input.id)) duplicate(name, input.id);
        return written(store(name, input, 1), input);
      },
      insertMany: async (name, inputs) => {
        if (readOnly) refuse();
        // Every id is checked before anything is written, so a refused batch leaves no trace.
        const existing = this.#collection(tenantId, name).rows;
        const ids = new Set<string>();
        for (const { id } of inputs) {
          if (existing.has(id) || ids.has(id)) duplicate(name, id);
          ids.add(id);
        }
        return inputs.map((input) => written(store(name, input, 1), input));
      },
      replace: async (name, input, expectedVersion) => {
        if (readOnly) refuse();
        const current = this.#collection(tenantId, name).rows.get(input.id);
        if (current === undefined) {
          throw new NotFoundError(`${name} ${input.id} does not exist.`, {
            kind: name,
            id: input.id,
          });
        }
        if (current.version !== expectedVersion) {
          throw new ConflictError(`${name} ${input.id} is at version ${current.version}.`, {
            kind: name,
            id: input.id,
            expectedVersion,
            actualVersion: current.version,
          });
        }
        return written(store(name, input, expectedVersion + 1), input);
      },
      list: async (name, query: RowQuery) => {
        const sorted = this.#sorted(this.#collection(tenantId, name), query.order);
        const found: DriverRow[] = [];
        const start = query.after === undefined ? 0 : firstAfter(sorted, query.order, query.after);
        for (let i = start; i < sorted.length && found.length < query.limit; i++) {
          const row = sorted[i] as MemoryRow;
          if (matches(row, query)) found.push(toDriverRow(row));
        }
        return found;
      },
      remove: async (name, filter) => {
        if (readOnly) refuse();
        const victims = [...this.#collection(tenantId, name).rows.values()].filter((row) =>
          matches(row, filter),
        );
        for (const row of victims) write(name, row.id, undefined);
        return victims.length;
      },
    };
    try {
      return await fn(session);
    } catch (error) {
      for (const step of undo.reverse()) step();
      throw error;
    }
  }

  /**
   * Raw access for tests (bypasses the store): every row of one collection of one tenant, in id
   * order, with the document decoded from its stored JSON.
   */
  rows(tenantId: string, collection: string): DriverRow[] {
    const found = this.#tenants.get(tenantId)?.get(collection);
    if (found === undefined) return [];
    return [...found.rows.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map(toDriverRow);
  }

  async close(): Promise<void> {
    this.#tenants.clear();
  }
}
