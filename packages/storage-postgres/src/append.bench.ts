/**
 * Append-events-plus-snapshot throughput: the adapter's `carePlans.save(plan, events, version)`
 * (validate, replace the snapshot, append three events, one transaction) side by side with raw
 * driver calls issuing the same statements (BEGIN, UPDATE, one three-row INSERT, COMMIT) and the
 * same JSON serialisation, but no validation. PGlite always; PostgreSQL when DATABASE_URL is set,
 * where raw runs both as plain and as named prepared statements (the adapter's default).
 */
import { PGlite } from '@electric-sql/pglite';
import type { TenantId } from '@livewell/core';
import pg from 'pg';
import { afterAll, bench, describe } from 'vitest';
import { eventOf, planOf } from '../test/support/fixtures.js';
import { createPostgresStore } from './adapter/postgres-store.js';
import { statements } from './adapter/statements.js';
import { pgExecutor, statementName } from './executor/pg-executor.js';
import { pgliteExecutor } from './executor/pglite-executor.js';
import type { QueryExecutor } from './executor/query-executor.js';
import { migrate } from './schema/migrate.js';

const EVENTS_PER_SAVE = 3;
/**
 * Short rounds, alternating adapter and raw (each round starting with a different side), so that
 * load drifting during the run (a shared machine) affects both sides alike; compare the medians
 * of the rounds. `BENCH_ROUNDS` sets how many (more rounds narrow the range on a noisy machine).
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const options = { time: 1000, warmupTime: 1000 };

/** Runs one statement with its parameters; answers the affected row count. */
type RawQuery = (sql: string, params: readonly unknown[]) => Promise<number>;

/** One way of issuing the statements without the adapter. */
interface RawClient {
  readonly label: string;
  transaction(fn: (query: RawQuery) => Promise<void>): Promise<void>;
}

interface Subject {
  readonly name: string;
  readonly executor: QueryExecutor;
  readonly raws: readonly RawClient[];
}

const schema = `lw_bench_${process.pid}`;

function pgRaw(pool: pg.Pool, prepared: boolean): RawClient {
  return {
    label: prepared ? 'raw pg, named prepared statements' : 'raw pg: same statements',
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await fn(async (text, params) => {
          const values = [...params];
          const config = prepared ? { name: statementName(text), text, values } : { text, values };
          return (await client.query(config)).rowCount ?? 0;
        });
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

async function subjects(): Promise<Subject[]> {
  const db = await PGlite.create();
  const pgliteRaw: RawClient = {
    label: 'raw PGlite: same statements',
    transaction: (fn) =>
      db.transaction(async (tx) =>
        fn(async (sql, params) => (await tx.query(sql, [...params])).rows.length),
      ),
  };
  const list: Subject[] = [{ name: 'PGlite', executor: pgliteExecutor(db), raws: [pgliteRaw] }];
  const url = process.env.DATABASE_URL;
  if (url !== undefined) {
    const pool = new pg.Pool({ connectionString: url, max: 4, allowExitOnIdle: true });
    list.push({
      name: 'PostgreSQL',
      executor: pgExecutor(pool, { endPoolOnClose: true }),
      raws: [pgRaw(pool, false), pgRaw(pool, true)],
    });
  }
  for (const subject of list) {
    await subject.executor.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await migrate(subject.executor, { schema });
  }
  return list;
}

const all = await subjects();
afterAll(async () => {
  for (const subject of all) {
    await subject.executor.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await subject.executor.close();
  }
});

for (const subject of all) {
  describe(`append ${EVENTS_PER_SAVE} events + snapshot on ${subject.name}`, async () => {
    const sql = statements(`"${schema}"`);
    const tenant = 'bench-adapter' as TenantId;
    const store = createPostgresStore(subject.executor, { schema, closeExecutor: false });
    const practice = store.forTenant(tenant);
    const plan = planOf(tenant, 'plan-1', 'person-1');
    const events = Array.from({ length: EVENTS_PER_SAVE }, (_, i) =>
      eventOf(tenant, plan.id, `event-${i}`, i + 1),
    );
    let version = (await practice.carePlans.create(plan)).plan.version;
    const tasks: [string, () => Promise<void>][] = [
      [
        'adapter: carePlans.save',
        async () => {
          await practice.carePlans.save(plan, events, version);
          version += 1;
        },
      ],
    ];

    for (const [n, raw] of subject.raws.entries()) {
      const rawTenant = `bench-raw-${n}` as TenantId;
      const rawPlan = { ...plan, tenantId: rawTenant };
      const rawEvents = events.map((event) => ({ ...event, tenantId: rawTenant }));
      const row = (id: string, parent: string | null, doc: unknown) =>
        [rawTenant, id, plan.personId, parent, JSON.stringify(doc), null] as const;
      let rawVersion = 1;
      await raw.transaction(async (query) => {
        const [t, id, person, parent, doc] = row(plan.id, null, rawPlan);
        await query(sql.insert, [t, 'care-plan', id, person, parent, doc, null, 'raw']);
      });

      tasks.push([
        raw.label,
        async () => {
          await raw.transaction(async (query) => {
            const [t, id, person, parent, doc] = row(plan.id, null, rawPlan);
            const args = [t, 'care-plan', id, person, parent, doc, null, 'raw', rawVersion];
            if ((await query(sql.replace, args)) !== 1) throw new RangeError('raw replace lost');
            const params: unknown[] = [rawTenant, 'care-plan-event'];
            for (const [index, event] of rawEvents.entries()) {
              const e = row(`${plan.id}/${rawVersion + 1}/${index}`, plan.id, event);
              params.push(e[1], e[2], e[3], e[4], null, 'raw');
            }
            const appended = await query(sql.insertMany(rawEvents.length), params);
            if (appended !== rawEvents.length) throw new RangeError('raw insert lost');
          });
          rawVersion += 1;
        },
      ]);
    }
    for (let round = 1; round <= ROUNDS; round += 1) {
      // Each round starts with a different task, so no side always runs first or last.
      const start = (round - 1) % tasks.length;
      for (const [label, fn] of [...tasks.slice(start), ...tasks.slice(0, start)]) {
        bench(`${label} (round ${round})`, fn, options);
      }
    }
  });
}
