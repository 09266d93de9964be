/**
 * Test support (not exported from the package): the engines every suite runs on. PGlite always;
 * PostgreSQL when DATABASE_URL is set. Each suite works in its own throwaway schema.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { pgExecutor } from '../../src/executor/pg-executor.js';
import { pgliteExecutor } from '../../src/executor/pglite-executor.js';
import type { QueryExecutor } from '../../src/executor/query-executor.js';

/** The PostgreSQL server to test against, when there is one. */
export const databaseUrl = process.env.DATABASE_URL;

/** A fresh, unique schema name for one suite or test. */
export function uniqueSchema(prefix = 'lw_test'): string {
  const random = Math.floor(Math.random() * 1e9).toString(36);
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${random}`;
}

/** How an engine's client is set up. */
export interface OpenOptions {
  /** Leave `jsonb` columns as their JSON text, as a client with no `jsonb` parser would. */
  readonly jsonbAsText?: boolean;
}

const JSONB = 3802;

/** Opens one embedded database for a test file (about 2 s). */
export async function openPglite(options: OpenOptions = {}): Promise<QueryExecutor> {
  const parsers = options.jsonbAsText === true ? { [JSONB]: (text: string) => text } : {};
  return pgliteExecutor(await PGlite.create({ parsers }));
}

/** Opens a pool on DATABASE_URL (throws when it is not set). */
export function openPostgres(max = 10, options: OpenOptions = {}): QueryExecutor {
  if (databaseUrl === undefined) throw new TypeError('DATABASE_URL is not set');
  const types =
    options.jsonbAsText === true
      ? {
          getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
            oid === JSONB
              ? (text: string) => text
              : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
        }
      : undefined;
  const pool = new pg.Pool({ connectionString: databaseUrl, max, ...(types && { types }) });
  return pgExecutor(pool, { endPoolOnClose: true });
}

/** Drops a test schema and everything in it. */
export async function dropSchema(executor: QueryExecutor, schema: string): Promise<void> {
  await executor.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}
