import type { Location, Service, TenantId } from '@livewell/core';
import { type RecordKind, recordKinds, type StoredRecord } from '@livewell/storage';
import { type DriverRow, fromRow } from '@livewell/storage/driver';
import { decodeDocument } from '../adapter/document.js';
import { toStorageError } from '../errors/to-storage-error.js';
import type { Queryable } from '../executor/query-executor.js';
import { DEFAULT_SCHEMA, quoteSchema } from '../schema/identifiers.js';
import { readCriteria, type StoredSearchCriteria } from './search-criteria.js';
import {
  boxStatement,
  locationStatement,
  type Statement,
  serviceStatement,
} from './search-statements.js';

/** The services that may match a query, and every location they are held at. */
export interface StoredDirectory {
  /** Services the criteria picked (a superset of the matches: the ranking decides). */
  readonly services: readonly Service[];
  /** Every location those services are held at. */
  readonly locations: readonly Location[];
}

/** Options for {@link searchStoredServices}. */
export interface StoredSearchOptions {
  /** The schema `migrate` created (default `livewell`). */
  readonly schema?: string;
}

interface StoredRow {
  id: string;
  version: number;
  doc: string;
  stamp: string | null;
  [column: string]: unknown;
}

/**
 * Searches a tenant's stored directory in the database: PostgreSQL's indexes (migration 5) pick
 * the services that may match — the tenant's, with a status asked for, serving the query's terms
 * (any or all), held at a location inside a box round the point — and `rank` ranks them and
 * writes the page, exactly as it would over the whole directory, since every service it is not
 * given fails the query. Pass peer-support's `linearSearch` as `rank` for the page the in-memory
 * index gives. For directories past the in-memory index's line (see docs/scaling.md): no build,
 * no memory per service, always current.
 *
 * Rows are read as the store reads them (a row this release wrote is taken as written; others
 * are parsed, a corrupt one is a `CorruptRecordError`); a database failure is the store's
 * typed error. A query with no readable tenant reads nothing: `rank` gets an empty directory
 * and its parser says what is wrong.
 *
 * @example
 * const page = await searchStoredServices(executor, query, (directory, q) =>
 *   linearSearch(directory, q, { now }),
 * );
 */
export async function searchStoredServices<Q extends StoredSearchCriteria, R>(
  db: Queryable,
  query: Q,
  rank: (directory: StoredDirectory, query: Q) => R,
  options: StoredSearchOptions = {},
): Promise<R> {
  const schema = quoteSchema(options.schema ?? DEFAULT_SCHEMA);
  const criteria = readCriteria(query);
  if (criteria === undefined) return rank({ services: [], locations: [] }, query);
  const tenantId = criteria.tenantId as TenantId;
  const read = async <T extends StoredRecord>(kind: RecordKind<T>, statement: Statement) => {
    let rows: readonly StoredRow[];
    try {
      rows = (await db.query<StoredRow>(statement.text, statement.params)).rows;
    } catch (error) {
      throw toStorageError(error, { kind: kind.name });
    }
    return rows.map((row) => fromRow(kind, tenantId, toDriverRow(kind.name, row)).record);
  };
  let locationKeys: string[] | undefined;
  if (criteria.box !== undefined) {
    const statement = boxStatement(schema, tenantId, criteria.box);
    try {
      const rows = (await db.query<{ key: string }>(statement.text, statement.params)).rows;
      locationKeys = rows.map((row) => row.key);
    } catch (error) {
      throw toStorageError(error, { kind: recordKinds.location.name });
    }
    // Nothing inside the box: no service can match.
    if (locationKeys.length === 0) return rank({ services: [], locations: [] }, query);
  }
  const services = await read(
    recordKinds.service,
    serviceStatement(schema, criteria, locationKeys),
  );
  const ids = [...new Set(services.flatMap((s) => s.locations.map((l) => l.locationId)))];
  const locations =
    ids.length === 0
      ? []
      : await read(recordKinds.location, locationStatement(schema, tenantId, ids));
  return rank({ services, locations }, query);
}

const toDriverRow = (kind: string, row: StoredRow): DriverRow => ({
  id: row.id,
  version: Number(row.version),
  seq: 0,
  personId: null,
  parentId: null,
  doc: decodeDocument(row.doc, { kind, id: row.id }),
  ...(row.stamp === null ? {} : { stamp: row.stamp }),
});
