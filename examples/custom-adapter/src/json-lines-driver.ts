import { appendFile, readFile, truncate, writeFile } from 'node:fs/promises';
import type { TenantId } from '@livewell/core';
import {
  ConflictError,
  DuplicateError,
  InvalidRequestError,
  NotFoundError,
  StorageUnavailableError,
} from '@livewell/storage';
import type {
  DriverRow,
  DriverSession,
  RowFilter,
  RowInput,
  RowQuery,
  StorageDriver,
  UnitMode,
} from '@livewell/storage/driver';
import {
  applyCommit,
  collectionKey,
  encodeCommit,
  type LoggedOp,
  type LoggedRow,
  type LogState,
  replay,
} from './log-format.js';

const matches = (row: LoggedRow, filter: RowFilter) =>
  (filter.id === undefined || row.id === filter.id) &&
  (filter.personId === undefined || row.personId === filter.personId) &&
  (filter.parentId === undefined || row.parentId === filter.parentId);

/** Deep copy through JSON: what the log would give back, and safe from later mutation. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * A livewell storage driver over one append-only JSON-lines file. Each unit of work stages its
 * writes and, on success, appends them as one line; the current state is an index rebuilt by
 * replaying the file on open. Units run one at a time (one process owns the file).
 */
export class JsonLinesDriver implements StorageDriver {
  readonly #path: string;
  readonly #state: LogState;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;

  private constructor(path: string, state: LogState) {
    this.#path = path;
    this.#state = state;
  }

  /** Opens (or creates) the log at `path` and replays it. */
  static async open(path: string): Promise<JsonLinesDriver> {
    let text = '';
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENOENT') {
        throw new StorageUnavailableError(`Cannot read ${path}.`, { cause: error });
      }
      await writeFile(path, '');
    }
    // A last line without its newline is a commit torn by a crash: it never happened. Cut it off
    // so the next commit starts on a line of its own.
    const end = text.lastIndexOf('\n') + 1;
    if (end < text.length) {
      text = text.slice(0, end);
      await truncate(path, Buffer.byteLength(text));
    }
    return new JsonLinesDriver(path, replay(text));
  }

  run<T>(tenantId: TenantId, mode: UnitMode, fn: (s: DriverSession) => Promise<T>): Promise<T> {
    if (this.#closed) return Promise.reject(new InvalidRequestError('The log is closed.'));
    const unit = this.#queue.then(() => this.#unit(tenantId, mode, fn));
    this.#queue = unit.catch(() => undefined);
    return unit;
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#queue;
  }

  #committed(tenant: string, collection: string): Map<string, LoggedRow> {
    return this.#state.tables.get(tenant)?.get(collection) ?? new Map();
  }

  async #unit<T>(tenant: string, mode: UnitMode, fn: (s: DriverSession) => Promise<T>) {
    // Staged writes: collection → id → row (or null for a delete), seen by this unit's reads.
    const staged = new Map<string, Map<string, LoggedRow | null>>();
    const ops: LoggedOp[] = [];
    const stagedIn = (c: string) => {
      let m = staged.get(c);
      if (m === undefined) {
        m = new Map();
        staged.set(c, m);
      }
      return m;
    };
    const current = (c: string, id: string): LoggedRow | undefined => {
      const s = staged.get(c)?.get(id);
      if (s !== undefined) return s ?? undefined;
      return this.#committed(tenant, c).get(id);
    };
    const visible = (c: string): LoggedRow[] => {
      const rows = new Map(this.#committed(tenant, c));
      for (const [id, row] of staged.get(c) ?? []) {
        if (row === null) rows.delete(id);
        else rows.set(id, row);
      }
      return [...rows.values()];
    };
    // Seqs continue from the highest ever logged for the collection (deletes never rewind it).
    const seqs = new Map<string, number>();
    const nextSeq = (c: string) => {
      const next = (seqs.get(c) ?? this.#state.highWater.get(collectionKey(tenant, c)) ?? 0) + 1;
      seqs.set(c, next);
      return next;
    };
    const put = (c: string, input: RowInput, version: number): DriverRow => {
      if (mode === 'read') throw new InvalidRequestError('A read unit cannot write.');
      const row: LoggedRow = { ...copy(input), version, seq: nextSeq(c) };
      stagedIn(c).set(row.id, row);
      ops.push({ op: 'put', collection: c, row });
      return copy(row);
    };

    const session: DriverSession = {
      get: async (c, id) => {
        const row = current(c, id);
        return row === undefined ? undefined : copy(row);
      },
      insert: async (c, input) => {
        if (current(c, input.id) !== undefined) {
          throw new DuplicateError(`${c} ${input.id} exists.`, { kind: c, id: input.id });
        }
        return put(c, input, 1);
      },
      replace: async (c, input, expected) => {
        const found = current(c, input.id);
        if (found === undefined)
          throw new NotFoundError(`${c} ${input.id} is missing.`, { kind: c, id: input.id });
        if (found.version !== expected) {
          throw new ConflictError(`${c} ${input.id} is at ${found.version}.`, {
            kind: c,
            id: input.id,
            expectedVersion: expected,
            actualVersion: found.version,
          });
        }
        return put(c, input, expected + 1);
      },
      list: async (c, q: RowQuery) => {
        const key = (r: LoggedRow) => (q.order === 'id' ? r.id : r.seq);
        return visible(c)
          .filter((r) => matches(r, q))
          .filter((r) => q.after === undefined || key(r) > q.after)
          .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
          .slice(0, q.limit)
          .map(copy);
      },
      remove: async (c, filter) => {
        if (mode === 'read') throw new InvalidRequestError('A read unit cannot write.');
        const victims = visible(c).filter((r) => matches(r, filter));
        for (const r of victims) {
          stagedIn(c).set(r.id, null);
          ops.push({ op: 'delete', collection: c, id: r.id });
        }
        return victims.length;
      },
    };

    const result = await fn(session);
    if (ops.length > 0) {
      const commit = { tenant, ops };
      try {
        await appendFile(this.#path, encodeCommit(commit));
      } catch (error) {
        throw new StorageUnavailableError(`Cannot append to ${this.#path}.`, { cause: error });
      }
      applyCommit(this.#state, commit);
    }
    return result;
  }
}
