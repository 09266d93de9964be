/**
 * Append-events-plus-snapshot throughput: the adapter's `carePlans.save(plan, events, version)`
 * (validate, replace the snapshot, append three events, one transaction) side by side with raw
 * driver calls issuing the same statements (BEGIN, UPDATE, 3 × INSERT, COMMIT) and the same
 * JSON serialisation, but no validation. PGlite always; PostgreSQL when DATABASE_URL is set.
 */
import { PGlite } from '@electric-sql/pglite';
import type { CarePlan, CarePlanEvent, TenantId } from '@livewell/core';
import pg from 'pg';
import { afterAll, bench, describe } from 'vitest';
import { createPostgresStore } from './adapter/postgres-store.js';
import { statements } from './adapter/statements.js';
import { pgExecutor } from './executor/pg-executor.js';
import { pgliteExecutor } from './executor/pglite-executor.js';
import type { QueryExecutor, TransactionScope } from './executor/query-executor.js';
import { migrate } from './schema/migrate.js';
import { eventOf, planOf } from './testing/fixtures.js';

const EVENTS_PER_SAVE = 3;
const options = { time: 3000, warmupTime: 500 };

interface Subject {
  readonly name: string;
  readonly executor: QueryExecutor;
  readonly schema: string;
  /** The same statements the adapter issues, through the engine's own client. */
  readonly rawTransaction: (fn: (tx: TransactionScope['query']) => Promise<void>) => Promise<void>;
}

async function subjects(): Promise<Subject[]> {
  const schema = `lw_bench_${process.pid}`;
  const db = await PGlite.create();
  const list: Subject[] = [
    {
      name: 'PGlite',
      executor: pgliteExecutor(db),
      schema,
      rawTransaction: (fn) =>
        db.transaction(async (tx) =>
          fn(async (sql, params = []) => {
            const r = await tx.query(sql, [...params]);
            return { rows: r.rows as never[], rowCount: r.rows.length };
          }),
        ),
    },
  ];
  const url = process.env.DATABASE_URL;
  if (url !== undefined) {
    const pool = new pg.Pool({ connectionString: url, max: 4, allowExitOnIdle: true });
    list.push({
      name: 'PostgreSQL',
      executor: pgExecutor(pool),
      schema,
      rawTransaction: async (fn) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await fn(async (sql, params = []) => {
            const r = await client.query(sql, [...params]);
            return { rows: r.rows, rowCount: r.rowCount ?? 0 };
          });
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        } finally {
          client.release();
        }
      },
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
    await subject.executor.query(`DROP SCHEMA IF EXISTS "${subject.schema}" CASCADE`);
    await subject.executor.close();
  }
});

for (const subject of all) {
  describe(`append ${EVENTS_PER_SAVE} events + snapshot on ${subject.name}`, async () => {
    const sql = statements(`"${subject.schema}"`);
    const adapterTenant = 'bench-adapter' as TenantId;
    const rawTenant = 'bench-raw' as TenantId;
    const store = createPostgresStore(subject.executor, {
      schema: subject.schema,
      closeExecutor: false,
    }).forTenant(adapterTenant);
    const plan: CarePlan = planOf(adapterTenant, 'plan-1', 'person-1');
    const events: CarePlanEvent[] = Array.from({ length: EVENTS_PER_SAVE }, (_, i) =>
      eventOf(adapterTenant, plan.id, `event-${i}`, i + 1),
    );
    let adapterVersion = (await store.carePlans.create(plan)).plan.version;

    const rawPlan = { ...plan, tenantId: rawTenant };
    const rawEvents = events.map((e) => ({ ...e, tenantId: rawTenant }));
    let rawVersion = 1;
    await subject.rawTransaction(async (query) => {
      await query(sql.insert, [
        rawTenant,
        'care-plan',
        plan.id,
        plan.personId,
        null,
        JSON.stringify(rawPlan),
        null,
      ]);
    });

    bench(
      'adapter: carePlans.save',
      async () => {
        await store.carePlans.save(plan, events, adapterVersion);
        adapterVersion += 1;
      },
      options,
    );

    bench(
      `raw ${subject.name === 'PGlite' ? 'PGlite' : 'pg'}: same statements`,
      async () => {
        await subject.rawTransaction(async (query) => {
          const replaced = await query(sql.replace, [
            rawTenant,
            'care-plan',
            plan.id,
            plan.personId,
            null,
            JSON.stringify(rawPlan),
            null,
            rawVersion,
          ]);
          const version = rawVersion + 1;
          if (replaced.rowCount !== 1) throw new RangeError('raw replace lost');
          for (const [index, event] of rawEvents.entries()) {
            await query(sql.insert, [
              rawTenant,
              'care-plan-event',
              `${plan.id}/${version}/${index}`,
              plan.personId,
              plan.id,
              JSON.stringify(event),
              null,
            ]);
          }
        });
        rawVersion += 1;
      },
      options,
    );
  });
}
