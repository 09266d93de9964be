/**
 * One fresh process of the warm-up bench (`warmup.ts`): `side` (adapter | raw) makes `saves`
 * saves of a care plan plus three events, one at a time, and prints one JSON line: the median
 * save time (ms) of each block of 100, and the first save's time.
 */
import type { RecordId, TenantId } from '@livewell/core';
import pg from 'pg';
import { createPostgresStore } from '../src/adapter/postgres-store.js';
import { statements } from '../src/adapter/statements.js';
import { pgExecutor, statementName } from '../src/executor/pg-executor.js';
import { migrate } from '../src/schema/migrate.js';
import { eventOf, planOf } from '../test/support/fixtures.js';

const side = process.argv[2];
const saves = Number(process.argv[3] ?? 2000);
const url = process.env.DATABASE_URL;
if (url === undefined) throw new TypeError('Set DATABASE_URL to a PostgreSQL database.');
const schema = `lw_warmup_${process.pid}`;
const q = `"${schema}"`;
const pool = new pg.Pool({ connectionString: url, max: 4 });
const executor = pgExecutor(pool);
await migrate(executor, { schema });
const tenant = 'warm' as TenantId;
const planId = 'plan-1' as RecordId;
const plan = planOf(tenant, planId, 'person-1');
const events = [1, 2, 3].map((i) => eventOf(tenant, planId, `e${i}`, i));
const practice = createPostgresStore(executor, { schema, closeExecutor: false }).forTenant(tenant);
let version = (await practice.carePlans.create(plan)).plan.version;

const sql = statements(q);
const names = new Map<string, string>();
const nameOf = (text: string) => {
  let name = names.get(text);
  if (name === undefined) {
    name = statementName(text);
    names.set(text, name);
  }
  return name;
};
async function rawSave(): Promise<void> {
  const client = await pool.connect();
  try {
    const query = (text: string, values: unknown[]) =>
      client.query({ name: nameOf(text), text, values });
    await client.query('BEGIN');
    const doc = JSON.stringify(plan);
    const args = [tenant, 'care-plan', planId, plan.personId, null, doc, null, 'raw', version];
    if ((await query(sql.replace, args)).rowCount !== 1) throw new RangeError('lost');
    const params: unknown[] = [tenant, 'care-plan-event'];
    for (const [i, e] of events.entries()) {
      params.push(`${planId}/${version + 1}/${i}`, plan.personId, planId, JSON.stringify(e));
      params.push(null, 'raw');
    }
    await query(sql.insertMany(events.length), params);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

const times: number[] = [];
for (let i = 0; i < saves; i += 1) {
  const started = performance.now();
  if (side === 'adapter') await practice.carePlans.save(plan, events, version);
  else await rawSave();
  times.push(performance.now() - started);
  version += 1;
}
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const block = Array.from({ length: Math.ceil(saves / 100) }, (_, i) =>
  median(times.slice(i * 100, (i + 1) * 100)),
);
await executor.query(`DROP SCHEMA IF EXISTS ${q} CASCADE`);
await pool.end();
console.log(JSON.stringify({ block, first: times[0] }));
