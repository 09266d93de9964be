import type { TenantId } from '@livewell/core';
import {
  ConflictError,
  DuplicateError,
  InvalidRequestError,
  NotFoundError,
} from '@livewell/storage';
import type {
  DriverRow,
  DriverSession,
  RowInput,
  RowQuery,
  StorageDriver,
  UnitMode,
} from '@livewell/storage/driver';
import { toStorageError } from '../errors/to-storage-error.js';
import type { Queryable, QueryExecutor } from '../executor/query-executor.js';
import { DEFAULT_SCHEMA, quoteSchema } from '../schema/identifiers.js';
import { encodeDocument, readDocument } from './document.js';
import { type Statements, statements } from './statements.js';

/** Options for {@link postgresDriver}. */
export interface PostgresDriverOptions {
  /** The schema `migrate` created (default `livewell`). */
  readonly schema?: string;
  /** Close the executor when the driver is closed (default true). */
  readonly closeExecutor?: boolean;
}

interface RowShape {
  id: string;
  version: number;
  seq: string;
  /** Left out where the listing's filter fixes it. */
  person_id?: string | null;
  parent_id?: string | null;
  /** The stored value: parsed by the client, or its JSON text from a client that does not. */
  doc: unknown;
  doc_exact: string | null;
  stamp: string | null;
  [column: string]: unknown;
}

/** Rows per `insertMany` statement: bounds the parameters and the prepared-statement shapes. */
const MAX_BATCH = 50;

/** A read's fixed values: a listing's filter, or nothing. */
type Fixed = Pick<RowQuery, 'personId' | 'parentId'>;
const NOTHING_FIXED: Fixed = {};

/** A driver row from a read's columns (two literals, not a spread: this runs once per row). */
function toDriverRow(collection: string, row: RowShape, jsonbAsText: boolean, fixed: Fixed) {
  const id = row.id;
  const version = Number(row.version);
  const seq = Number(row.seq);
  const doc = readDocument(row.doc, row.doc_exact, jsonbAsText, { kind: collection, id });
  const personId = fixed.personId ?? row.person_id ?? null;
  const parentId = fixed.parentId ?? row.parent_id ?? null;
  const stamp = row.stamp;
  const read: DriverRow =
    stamp === null
      ? { id, version, seq, personId, parentId, doc }
      : { id, version, seq, personId, parentId, doc, stamp };
  return read;
}

/**
 * Whether the executor's client leaves `jsonb` as JSON text (node-postgres and PGlite parse it
 * unless configured not to). Asked once per driver, and only when a document arrives as a
 * string: that is such a client's text or a stored JSON string (a damaged row), and only the
 * client can tell them apart.
 */
function jsonbClient() {
  let asked: Promise<boolean> | undefined;
  return (probe: () => Promise<{ rows: readonly { j?: unknown }[] }>): Promise<boolean> => {
    asked ??= probe().then(
      (result) => result.rows[0]?.j !== 'x',
      (error: unknown) => {
        asked = undefined;
        throw error;
      },
    );
    return asked;
  };
}

type JsonbClient = ReturnType<typeof jsonbClient>;

/** A feed position `xid:seq`; a bare number is a `seq` from before migration 3 (xid 0). */
const POSITION = /^(\d{1,20}):(\d{1,19})$/;

function feedPosition(after: string | number): [string, string] {
  if (typeof after === 'number') return ['0', String(after)];
  const match = POSITION.exec(after);
  if (match?.[1] === undefined || match[2] === undefined) {
    throw new InvalidRequestError('The change cursor is malformed.');
  }
  return [match[1], match[2]];
}

function session(
  db: Queryable,
  sql: Statements,
  jsonb: JsonbClient,
  tenantId: TenantId,
  mode: UnitMode,
) {
  const run = async <R extends Record<string, unknown>>(
    text: string,
    params: readonly unknown[],
    subject: { kind: string; id?: string },
  ) => {
    try {
      return await db.query<R>(text, params);
    } catch (error) {
      throw toStorageError(error, subject);
    }
  };
  /** Whether the rows' string documents are JSON text to parse (see `jsonbClient`). */
  const asText = (collection: string, rows: readonly RowShape[]): boolean | Promise<boolean> => {
    for (const row of rows) {
      if (row.doc_exact === null && typeof row.doc === 'string') {
        return jsonb(() =>
          run<{ j: unknown }>(`SELECT '"x"'::jsonb AS j`, [], { kind: collection }),
        );
      }
    }
    return false;
  };
  const writable = () => {
    if (mode === 'read') throw new InvalidRequestError('A read unit of work cannot write.');
  };
  /** Pushes a row's columns after the tenant and collection: id, person, parent, doc, stamp. */
  const pushRow = (params: unknown[], row: RowInput) => {
    const doc = encodeDocument(row.doc);
    params.push(row.id, row.personId, row.parentId, doc.jsonb, doc.exact, row.stamp ?? null);
    return params;
  };
  const written = (row: RowInput, version: number, seq: string): DriverRow => ({
    id: row.id,
    version,
    seq: Number(seq),
    personId: row.personId,
    parentId: row.parentId,
    doc: row.doc,
  });
  const driverSession: DriverSession = {
    async get(collection, id) {
      const { rows } = await run<RowShape>(sql.get, [tenantId, collection, id], {
        kind: collection,
        id,
      });
      const row = rows[0];
      return row === undefined
        ? undefined
        : toDriverRow(collection, row, await asText(collection, rows), NOTHING_FIXED);
    },
    async insert(collection, row) {
      writable();
      const subject = { kind: collection, id: row.id };
      const params = pushRow([tenantId, collection], row);
      const { rows } = await run<{ seq: string }>(sql.insert, params, subject);
      const inserted = rows[0];
      if (inserted === undefined) {
        throw new DuplicateError(`${collection} ${row.id} already exists.`, subject);
      }
      return written(row, 1, inserted.seq);
    },
    async insertMany(collection, rows) {
      writable();
      const inserted: DriverRow[] = [];
      for (let start = 0; start < rows.length; start += MAX_BATCH) {
        const batch = rows.slice(start, start + MAX_BATCH);
        const params: unknown[] = [tenantId, collection];
        for (const row of batch) pushRow(params, row);
        const result = await run<{ id: string; seq: string }>(
          sql.insertMany(batch.length),
          params,
          {
            kind: collection,
          },
        );
        // Each returned row is matched to the batch once, by a scan (at most 50 rows: cheaper
        // than building a map). Missing: the id existed. Taken already: it repeats in the batch.
        const returned: ({ id: string; seq: string } | undefined)[] = [...result.rows];
        for (const row of batch) {
          let at = 0;
          while (at < returned.length && returned[at]?.id !== row.id) at += 1;
          const seq = returned[at]?.seq;
          if (seq === undefined) {
            throw new DuplicateError(`${collection} ${row.id} already exists.`, {
              kind: collection,
              id: row.id,
            });
          }
          returned[at] = undefined;
          inserted.push(written(row, 1, seq));
        }
      }
      return inserted;
    },
    async replace(collection, row, expectedVersion) {
      writable();
      const subject = { kind: collection, id: row.id };
      const params = pushRow([tenantId, collection], row);
      params.push(expectedVersion);
      const { rows } = await run<{ version: number; seq: string }>(sql.replace, params, subject);
      const replaced = rows[0];
      if (replaced !== undefined) return written(row, Number(replaced.version), replaced.seq);
      const found = await run<{ version: number }>(
        sql.version,
        [tenantId, collection, row.id],
        subject,
      );
      const actual = found.rows[0];
      if (actual === undefined) {
        throw new NotFoundError(`${collection} ${row.id} does not exist.`, subject);
      }
      throw new ConflictError(`${collection} ${row.id} is at version ${actual.version}.`, {
        ...subject,
        expectedVersion,
        actualVersion: Number(actual.version),
      });
    },
    async list(collection, query) {
      const { text, params } = sql.list(query);
      const { rows } = await run<RowShape>(text, [tenantId, collection, ...params], {
        kind: collection,
      });
      const parse = await asText(collection, rows);
      return rows.map((row) => toDriverRow(collection, row, parse, query));
    },
    async changes(collection, after, limit) {
      const [xid, seq] = feedPosition(after);
      const { rows } = await run<RowShape & { xid: string }>(
        sql.changes,
        [tenantId, collection, xid, seq, limit],
        { kind: collection },
      );
      const parse = await asText(collection, rows);
      return rows.map((row) => ({
        ...toDriverRow(collection, row, parse, NOTHING_FIXED),
        position: `${row.xid}:${row.seq}`,
      }));
    },
    async remove(collection, filter) {
      writable();
      const { text, params } = sql.remove(filter);
      const result = await run(text, [tenantId, collection, ...params], { kind: collection });
      return result.rowCount;
    },
  };
  return driverSession;
}

/**
 * The PostgreSQL {@link StorageDriver}: one `records` table of JSONB documents keyed by
 * `(tenant_id, collection, id)`, versions checked in the `UPDATE`, write positions from one
 * sequence (no shared row), and a change feed in (transaction, position) order that stops below
 * the oldest running transaction (docs/decisions/0012). Write units are one transaction; read
 * units run statements directly. Run `migrate` first.
 *
 * @example
 * const store = createStore(postgresDriver(pgliteExecutor(db), { schema: 'livewell' }));
 */
export function postgresDriver(
  executor: QueryExecutor,
  options: PostgresDriverOptions = {},
): StorageDriver {
  const sql = statements(quoteSchema(options.schema ?? DEFAULT_SCHEMA));
  const closeExecutor = options.closeExecutor ?? true;
  const jsonb = jsonbClient();
  return {
    async run(tenantId, mode, fn) {
      if (mode === 'read') return fn(session(executor, sql, jsonb, tenantId, mode));
      let unitThrew = false;
      let thrown: unknown;
      try {
        return await executor.transaction(async (tx) => {
          try {
            return await fn(session(tx, sql, jsonb, tenantId, mode));
          } catch (error) {
            unitThrew = true;
            thrown = error;
            throw error;
          }
        });
      } catch (error) {
        // What the unit itself threw is rethrown as is; BEGIN/COMMIT failures are translated.
        throw unitThrew && Object.is(error, thrown) ? error : toStorageError(error);
      }
    },
    async close() {
      if (closeExecutor) await executor.close();
    },
  };
}
