/**
 * The directory searched in the database beside the in-memory index, side by side: the same
 * synthetic directory (peer-support's bench generator: services round English towns, 40 need
 * terms, one location each) stored in a fresh schema, and the same query — two needs within
 * 10 km of a town with a session in the next 7 days — answered by `createSearchIndex` and by
 * `searchStoredServices` + `linearSearch`, interleaved query by query after checking they give
 * the same page. Reports medians and p95 (wall clock: the database works in its own process;
 * Node's CPU time beside it), the in-memory index's build time and heap per service, and the
 * database's table and search-index sizes per service. On PostgreSQL (DATABASE_URL) by
 * default; `pglite` as the third argument runs it on embedded PGlite.
 *
 *   DATABASE_URL=postgres://… node --expose-gc --import tsx --conditions @livewell/source \
 *     bench/search.ts [services=100000] [rounds=200] [postgres|pglite]
 */
import { loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import type { TenantId } from '@livewell/core';
import { createSearchIndex, linearSearch, type SearchQuery } from '@livewell/peer-support';
import { CODEC_STAMP } from '@livewell/storage/driver';
import pg from 'pg';
import { seeded, syntheticDirectory, townQuery } from '../../peer-support/bench/synthetic.js';
import { pgExecutor } from '../src/executor/pg-executor.js';
import { pgliteExecutor } from '../src/executor/pglite-executor.js';
import type { QueryExecutor } from '../src/executor/query-executor.js';
import { migrate } from '../src/schema/migrate.js';
import { readCriteria } from '../src/search/search-criteria.js';
import { boxStatement, serviceStatement } from '../src/search/search-statements.js';
import { searchStoredServices } from '../src/search/service-search.js';

const SIZE = Number(process.argv[2] ?? 100_000);
const ROUNDS = Number(process.argv[3] ?? 200);
const ENGINE = process.argv[4] ?? 'postgres';
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const tenantId = 'bench' as TenantId;
const now = '2026-11-30T08:00:00Z';
const rand = seeded(7);
const queries: SearchQuery[] = Array.from({ length: 16 }, () => townQuery(rand, tenantId));

async function open(): Promise<QueryExecutor> {
  if (ENGINE === 'pglite') return pgliteExecutor(await PGlite.create());
  const url = process.env.DATABASE_URL;
  if (url === undefined) throw new Error('set DATABASE_URL (or pass pglite)');
  return pgExecutor(new pg.Pool({ connectionString: url, max: 4 }), { endPoolOnClose: true });
}

const directory = syntheticDirectory(SIZE);
const db = await open();
const schema = `lw_search_bench_${process.pid}`;
await migrate(db, { schema });
const s = `"${schema}"`;
const load = async (collection: string, docs: readonly { id: string }[], parent?: string) => {
  for (let i = 0; i < docs.length; i += 5000) {
    await db.query(
      `INSERT INTO ${s}.records (tenant_id, collection, id, version, seq, parent_id, doc, codec)
       SELECT $1, $2, e->>'id', 1, nextval('${schema}.records_seq'),
         ${parent === undefined ? 'NULL' : `e->>'${parent}'`}, e, $3
       FROM jsonb_array_elements($4::jsonb) AS e`,
      [tenantId, collection, CODEC_STAMP, JSON.stringify(docs.slice(i, i + 5000))],
    );
  }
};
const loadStart = performance.now();
await load('location', directory.locations);
await load('service', directory.services, 'organisationId');
await db.query(`ANALYZE ${s}.records`);
const loadMs = performance.now() - loadStart;
const sizes = await db.query<{ name: string; bytes: string }>(
  `SELECT c.relname::text AS name, pg_relation_size(c.oid)::text AS bytes
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = $1 AND c.relname IN ('records', 'records_service_terms_idx',
      'records_service_locations_idx', 'records_location_point_idx')`,
  [schema],
);
const toast = await db.query<{ bytes: string }>(
  `SELECT coalesce(pg_total_relation_size(c.oid) - pg_relation_size(c.oid) - pg_indexes_size(c.oid), 0)::text AS bytes
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = $1 AND c.relname = 'records'`,
  [schema],
);

const before = heap();
const buildStart = performance.now();
const index = createSearchIndex(directory);
const buildMs = performance.now() - buildStart;
const perService = (heap() - before) / SIZE;

let candidates = 0;
const inDatabase = (q: SearchQuery) =>
  searchStoredServices(
    db,
    q,
    (d, query) => {
      candidates += d.services.length;
      return linearSearch(d, query, { now, limit: 20 });
    },
    { schema },
  );
// Same answers, or the comparison means nothing.
for (const q of queries) {
  const a = index.search(q, { now, limit: 20 });
  const b = await inDatabase(q);
  if (!isDeepStrictEqual(a, b)) {
    const ids = (r: typeof a) =>
      r.ok ? `${r.value.total}: ${r.value.hits.map((h) => h.service.id).join(' ')}` : r.error.code;
    throw new Error(`index and database disagree:\n${ids(a)}\n${ids(b)}`);
  }
}
// The plan PostgreSQL makes for the first query's service statement.
const criteria = readCriteria(queries[0]);
if (criteria?.box === undefined) throw new Error('the bench query has a place');
const box = boxStatement(s, tenantId, criteria.box);
const keys = (await db.query<{ key: string }>(box.text, box.params)).rows.map((r) => r.key);
const statement = serviceStatement(s, criteria, keys);
const plan = await db.query(`EXPLAIN ${statement.text}`, statement.params);
// Plan lines cut short (the location keys are spelled out in full).
const planText = plan.rows.map((r) => Object.values(r).join(' ').slice(0, 160)).join('\n');

const times = { index: [] as number[], database: [] as number[], databaseCpu: [] as number[] };
candidates = 0;
for (let round = 0; round < ROUNDS; round += 1) {
  const q = queries[round % queries.length] as SearchQuery;
  const order =
    round % 2 === 0 ? (['index', 'database'] as const) : (['database', 'index'] as const);
  for (const who of order) {
    const c = process.cpuUsage();
    const t = performance.now();
    if (who === 'index') index.search(q, { now, limit: 20 });
    else await inDatabase(q);
    const ms = performance.now() - t;
    const used = process.cpuUsage(c);
    if (who === 'index') times.index.push(ms);
    else {
      times.database.push(ms);
      times.databaseCpu.push((used.user + used.system) / 1000);
    }
  }
}

const q = (v: number[], p: number) => {
  const sorted = [...v].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
};
const ms = (v: number) => (v < 1 ? v.toFixed(3) : v.toFixed(1));
const row = (name: string, v: number[]) =>
  `${name.padEnd(40)} median ${ms(q(v, 0.5))} ms  p95 ${ms(q(v, 0.95))} ms  (${v.length})`;
const bytes = (name: string) => Number(sizes.rows.find((r) => r.name === name)?.bytes ?? 0);
const per = (n: number) => `${(n / SIZE).toFixed(0)} B`;
console.log(
  [
    `${SIZE.toLocaleString('en-GB')} services on ${ENGINE}; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
    `database: loaded in ${ms(loadMs)} ms; per service: table ${per(bytes('records') + Number(toast.rows[0]?.bytes ?? 0))} (services and locations, with TOAST), search indexes ${per(bytes('records_service_terms_idx') + bytes('records_service_locations_idx') + bytes('records_location_point_idx'))}`,
    `in-memory index: build ${ms(buildMs)} ms; heap ${perService.toFixed(0)} B per service`,
    row('in-memory index', times.index),
    row('database + linearSearch (wall)', times.database),
    row('database + linearSearch (Node CPU)', times.databaseCpu),
    `database vs index at the median: ${(q(times.database, 0.5) / q(times.index, 0.5)).toFixed(0)}× slower; mean candidates from the database ${(candidates / times.database.length).toFixed(0)}`,
    `plan:\n${planText}`,
  ].join('\n'),
);
if (process.env.KEEP_SCHEMA === undefined) await db.query(`DROP SCHEMA ${s} CASCADE`);
await db.close();
