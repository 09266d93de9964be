/**
 * Test support (not exported): wires the PostgreSQL adapter into the storage testkit. One
 * executor and one migrated schema per test file; every test gets an emptied schema (TRUNCATE),
 * so the ~2 s PGlite start-up is paid once per file.
 */

import { createStore, withFaultInjection } from '@livewell/storage/driver';
import type { ConformanceOptions, RawReader } from '@livewell/storage-testkit';
import { decodeDocument } from '../../src/adapter/document.js';
import { postgresDriver } from '../../src/adapter/postgres-driver.js';
import type { Queryable } from '../../src/executor/query-executor.js';
import { checkSchema, type SchemaDifference } from '../../src/schema/schema-diff.js';
import type { SuiteDatabase } from './driver-harness.js';

/** Reads rows straight from `<schema>.records`, bypassing the adapter. */
export function postgresRawReader(db: Queryable, schema: string): RawReader {
  const select = `SELECT id, version, coalesce(doc_exact, doc::text) AS doc FROM "${schema}".records
    WHERE tenant_id = $1 AND collection = $2`;
  const decode = (row: Record<string, unknown>, kind: string) => ({
    doc: decodeDocument(String(row.doc), { kind, id: String(row.id) }),
    version: Number(row.version),
  });
  return {
    async record(tenantId, kind, id) {
      const { rows } = await db.query(`${select} AND id = $3`, [tenantId, kind, id]);
      return rows[0] === undefined ? undefined : decode(rows[0], kind);
    },
    async records(tenantId, kind) {
      const { rows } = await db.query(select, [tenantId, kind]);
      return rows.map((row) => decode(row, kind));
    },
  };
}

/** One line per difference, for the testkit's schema check. */
export const describeDifference = (d: SchemaDifference): string =>
  `${d.kind} ${d.object}${d.expected === undefined ? '' : ` expected ${d.expected}`}${d.actual === undefined ? '' : ` actual ${d.actual}`}`;

/** The testkit options for one suite database. */
export function conformanceOptions(
  db: SuiteDatabase,
  concurrentWriters: boolean,
): ConformanceOptions {
  return {
    capabilities: { faultInjection: true, concurrentWriters },
    // At most 9: the model suite names run r's tenants `mb<r>` and `mb<r>0`, so run 10's first
    // tenant would be run 1's second one, with its data still there (reported to the testkit).
    numRuns: 9,
    async create({ faults }) {
      await db.executor.query(`TRUNCATE "${db.schema}".records, "${db.schema}".sequences`);
      const driver = postgresDriver(db.executor, { schema: db.schema, closeExecutor: false });
      return {
        store: createStore(withFaultInjection(driver, faults)),
        raw: postgresRawReader(db.executor, db.schema),
      };
    },
    async schemaCheck() {
      return (await checkSchema(db.executor, { schema: db.schema })).map(describeDifference);
    },
  };
}
