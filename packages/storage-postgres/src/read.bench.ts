/**
 * Read paths (issue 18, items 2 and 6) side by side with raw node-postgres SELECTs of the same
 * rows, in the same run, on PostgreSQL (DATABASE_URL; skipped without it):
 *
 * - a care plan with its 10 / 100 / 1,000 events: `carePlans.get` + `carePlans.events` (one page
 *   of up to 1,000) against two prepared SELECTs (the plan's document; its events by seq);
 * - `carePlans.listByPerson` (a person with 20 plans) against one prepared SELECT by person;
 * - the change feed: `organisations.changedSince` over 1,000 rows in one page against the same
 *   feed SELECT (the horizon condition of ADR 0012 included).
 *
 * Raw names its prepared statements once and lets node-postgres parse the `jsonb` column (the
 * same `JSON.parse` the adapter does); it validates nothing. Rounds rotate their first task so
 * that load drift hits both sides; compare medians over rounds (`bench/ratios.ts` reads the
 * JSON vitest writes with `--outputJson`).
 */
import type { PersonId, RecordId, TenantId } from '@livewell/core';
import pg from 'pg';
import { afterAll, bench, describe } from 'vitest';
import { eventOf, organisationOf, planOf } from '../test/support/fixtures.js';
import { createPostgresStore } from './adapter/postgres-store.js';
import { pgExecutor, statementName } from './executor/pg-executor.js';
import { migrate } from './schema/migrate.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const options = { time: 500, warmupTime: 300 };
const url = process.env.DATABASE_URL;
const schema = `lw_read_bench_${process.pid}`;
const q = `"${schema}"`;
const tenant = 'bench-read' as TenantId;
const person = 'person-1' as PersonId;
const SIZES = [10, 100, 1000] as const;
const PLANS_PER_PERSON = 20;
const FEED_ROWS = 1000;

const pool = url === undefined ? undefined : new pg.Pool({ connectionString: url, max: 4 });
const executor = pool === undefined ? undefined : pgExecutor(pool);
afterAll(async () => {
  await executor?.query(`DROP SCHEMA IF EXISTS ${q} CASCADE`);
  await pool?.end();
});

/** Raw SELECTs as named prepared statements, names computed once. */
const raw = (text: string) => {
  const name = statementName(text);
  return async (values: unknown[]) => {
    if (pool === undefined) throw new TypeError('no pool');
    return (await pool.query<{ doc: unknown }>({ name, text, values })).rows;
  };
};
const rawPlan = raw(
  `SELECT version, doc FROM ${q}.records WHERE tenant_id = $1 AND collection = $2 AND id = $3`,
);
const rawEvents = raw(
  `SELECT id, doc FROM ${q}.records WHERE tenant_id = $1 AND collection = $2 AND parent_id = $3
    ORDER BY seq LIMIT $4`,
);
const rawByPerson = raw(
  `SELECT id, version, doc FROM ${q}.records WHERE tenant_id = $1 AND collection = $2
    AND person_id = $3 ORDER BY id LIMIT $4`,
);
const rawFeed = raw(
  `SELECT id, version, doc, xid::text AS xid, seq::text AS seq FROM ${q}.records
    WHERE tenant_id = $1 AND collection = $2 AND (xid, seq) > ($3::xid8, $4::bigint)
      AND xid < pg_snapshot_xmin(pg_current_snapshot())
    ORDER BY xid, seq LIMIT $5`,
);

describe.skipIf(executor === undefined)('reads on PostgreSQL, adapter vs raw SELECT', async () => {
  if (executor === undefined) return;
  await executor.query(`DROP SCHEMA IF EXISTS ${q} CASCADE`);
  await migrate(executor, { schema });
  const store = createPostgresStore(executor, { schema, closeExecutor: false });
  const practice = store.forTenant(tenant);
  const planIds = new Map<number, RecordId>();
  for (const size of SIZES) {
    const plan = planOf(tenant, `plan-${size}`, person);
    let version = (await practice.carePlans.create(plan)).plan.version;
    for (let done = 0; done < size; done += 50) {
      const events = Array.from({ length: Math.min(50, size - done) }, (_, i) =>
        eventOf(tenant, plan.id, `e-${done + i}`, done + i + 1),
      );
      version = (await practice.carePlans.save(plan, events, version)).plan.version;
    }
    planIds.set(size, plan.id);
  }
  for (let i = 0; i < PLANS_PER_PERSON; i += 1) {
    await practice.carePlans.create(planOf(tenant, `listed-${i}`, person, i + 1));
  }
  for (let i = 0; i < FEED_ROWS; i += 1) {
    await practice.organisations.create(organisationOf(tenant, `org-${i}`, i + 1));
  }

  const tasks: [string, () => Promise<void>][] = [];
  for (const size of SIZES) {
    const id = planIds.get(size) as RecordId;
    tasks.push([
      `plan + ${size} events: adapter get + events`,
      async () => {
        await practice.carePlans.get(id);
        const page = await practice.carePlans.events(id, { limit: 1000 });
        if (page.items.length !== size) throw new RangeError('events lost');
      },
    ]);
    tasks.push([
      `plan + ${size} events: raw SELECT`,
      async () => {
        await rawPlan([tenant, 'care-plan', id]);
        const rows = await rawEvents([tenant, 'care-plan-event', id, 1001]);
        if (rows.length !== size) throw new RangeError('events lost');
      },
    ]);
  }
  tasks.push([
    `listByPerson (${PLANS_PER_PERSON + SIZES.length} plans): adapter`,
    async () => {
      await practice.carePlans.listByPerson(person);
    },
  ]);
  tasks.push([
    `listByPerson (${PLANS_PER_PERSON + SIZES.length} plans): raw SELECT`,
    async () => {
      await rawByPerson([tenant, 'care-plan', person, 101]);
    },
  ]);
  tasks.push([
    `change feed, ${FEED_ROWS} rows: adapter changedSince`,
    async () => {
      const batch = await practice.organisations.changedSince(null, FEED_ROWS);
      if (batch.items.length !== FEED_ROWS) throw new RangeError('feed lost rows');
    },
  ]);
  tasks.push([
    `change feed, ${FEED_ROWS} rows: raw SELECT`,
    async () => {
      const rows = await rawFeed([tenant, 'organisation', '0', '0', FEED_ROWS + 1]);
      if (rows.length !== FEED_ROWS) throw new RangeError('feed lost rows');
    },
  ]);
  for (let round = 1; round <= ROUNDS; round += 1) {
    // Rotate the pairs, and in every other round run raw before the adapter within each pair.
    const start = ((round - 1) * 2) % tasks.length;
    const rotated = [...tasks.slice(start), ...tasks.slice(0, start)];
    const order =
      round % 2 === 1 ? rotated : rotated.map((_, i) => rotated[i % 2 === 0 ? i + 1 : i - 1]);
    for (const task of order) {
      if (task !== undefined) bench(`${task[0]} (round ${round})`, task[1], options);
    }
  }
});
