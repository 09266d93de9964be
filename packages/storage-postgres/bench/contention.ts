/**
 * Contention benchmark: N commands at once on one care plan (each appends one event through
 * `carePlans.update`), on PGlite and — when DATABASE_URL is set — on PostgreSQL with a pool of
 * 10, for several retry policies side by side. Reports, per policy and engine, how many of the
 * N succeeded and the p50 / p99 / max latency of one command (start to its own result). Used
 * to choose `DEFAULT_RETRY`; figures are in this package's README.
 *
 *   pnpm --filter @livewell/storage-postgres bench:contention [commands=50] [rounds=3]
 */
import { PGlite } from '@electric-sql/pglite';
import { ok, type RecordId, type TenantId } from '@livewell/core';
import { DEFAULT_RETRY, type RetryOptions, type Store } from '@livewell/storage';
import pg from 'pg';
import { createPostgresStore } from '../src/adapter/postgres-store.js';
import { pgExecutor } from '../src/executor/pg-executor.js';
import { pgliteExecutor } from '../src/executor/pglite-executor.js';
import type { QueryExecutor } from '../src/executor/query-executor.js';
import { migrate } from '../src/schema/migrate.js';
import { eventOf, planOf } from '../test/support/fixtures.js';

const commands = Number(process.argv[2] ?? 50);
const rounds = Number(process.argv[3] ?? 3);

const policies: Record<string, RetryOptions> = {
  'before: 5 attempts, no wait': {
    maxAttempts: 5,
    baseDelayMs: 0,
    maxDelayMs: 0,
    maxElapsedMs: 60_000,
  },
  '20 attempts, 2–250 ms, 10 s': {
    maxAttempts: 20,
    baseDelayMs: 2,
    maxDelayMs: 250,
    maxElapsedMs: 10_000,
  },
  [`default: ${DEFAULT_RETRY.maxAttempts} attempts, ${DEFAULT_RETRY.baseDelayMs}–${DEFAULT_RETRY.maxDelayMs} ms, ${DEFAULT_RETRY.maxElapsedMs / 1000} s`]:
    {},
};

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

let tenants = 0;
async function round(store: Store, retry: RetryOptions) {
  const tenantId = `bench-${process.pid}-${++tenants}` as TenantId;
  const practice = store.forTenant(tenantId);
  const planId = 'plan-1' as RecordId;
  await practice.carePlans.create(planOf(tenantId, planId, 'person-1'));
  const latencies: number[] = [];
  let successes = 0;
  const codes = new Map<string, number>();
  await Promise.all(
    Array.from({ length: commands }, async (_, i) => {
      const started = performance.now();
      try {
        const r = await practice.carePlans.update(
          planId,
          (plan) => ok({ plan, events: [eventOf(tenantId, planId, `e-${i}`, i + 1)] }),
          retry,
        );
        if (r.ok) successes += 1;
      } catch (error) {
        const code = String((error as { code?: unknown }).code);
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
      latencies.push(performance.now() - started);
    }),
  );
  return { successes, latencies, codes };
}

async function engine(name: string, open: () => Promise<QueryExecutor>) {
  const executor = await open();
  const schema = `lw_bench_${process.pid}`;
  await executor.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await migrate(executor, { schema });
  const store = createPostgresStore(executor, { schema, closeExecutor: false });
  for (const [label, retry] of Object.entries(policies)) {
    let successes = 0;
    const latencies: number[] = [];
    const codes = new Map<string, number>();
    for (let r = 0; r < rounds; r++) {
      const result = await round(store, retry);
      successes += result.successes;
      latencies.push(...result.latencies);
      for (const [code, n] of result.codes) codes.set(code, (codes.get(code) ?? 0) + n);
    }
    latencies.sort((a, b) => a - b);
    const failures = [...codes].map(([code, n]) => `${n} ${code}`).join(', ') || '—';
    console.log(
      `| ${name} | ${label} | ${successes} / ${commands * rounds} | ${percentile(latencies, 50).toFixed(0)} | ${percentile(latencies, 99).toFixed(0)} | ${(latencies.at(-1) ?? 0).toFixed(0)} | ${failures} |`,
    );
  }
  await executor.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await executor.close();
}

console.log(`${commands} concurrent commands on one care plan, ${rounds} rounds per row`);
console.log('| Engine | Retry policy | Succeeded | p50 ms | p99 ms | max ms | Failures |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | --- |');
await engine('PGlite', async () => pgliteExecutor(await PGlite.create()));
const url = process.env.DATABASE_URL;
if (url !== undefined) {
  await engine('PostgreSQL, pool 10', async () =>
    pgExecutor(new pg.Pool({ connectionString: url, max: 10 }), { endPoolOnClose: true }),
  );
}
