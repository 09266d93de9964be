/**
 * PgBouncer check (run by pgbouncer.sh against the cluster and pooler it starts; not part of
 * `pnpm test`): the storage conformance suite, then a concurrent care-plan workload, through
 * PgBouncer in transaction mode with `pgExecutor(pool, { prepare: false })`; the same workload
 * straight to PostgreSQL side by side; and what happens with named prepared statements left on.
 */
import { isStorageError } from '@livewell/storage';
import { createPostgresStore, migrate, pgExecutor } from '@livewell/storage-postgres';
import { describeAdapterConformance } from '@livewell/storage-testkit';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { conformanceOptions } from '../../packages/storage-postgres/test/support/conformance-harness.js';
import { runWorkload } from './workload.js';

const bouncerUrl = process.env.SCALE_BOUNCER_URL;
const directUrl = process.env.SCALE_DIRECT_URL;
const adminUrl = process.env.SCALE_BOUNCER_ADMIN_URL;
const serverPool = Number(process.env.SCALE_BOUNCER_POOL_SIZE ?? 4);
if (bouncerUrl === undefined || directUrl === undefined || adminUrl === undefined) {
  throw new TypeError('Run through scripts/scale/pgbouncer.sh');
}
const log = (line: string) => console.log(`  [pgbouncer] ${line}`);

/** Client connections through PgBouncer: more than the server connections it keeps. */
const CLIENTS = 16;
const bouncer = pgExecutor(new pg.Pool({ connectionString: bouncerUrl, max: CLIENTS }), {
  prepare: false,
  endPoolOnClose: true,
});
const schema = 'lw_bouncer';
await migrate(bouncer, { schema });
const suite = {
  executor: bouncer,
  schema,
  async dispose() {
    await bouncer.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await bouncer.close();
  },
};
afterAll(async () => {
  await suite.dispose();
});

await describeAdapterConformance(
  'storage-postgres through PgBouncer (transaction mode, prepare: false)',
  conformanceOptions(suite, true),
);

/** PgBouncer's own view of the pool (admin console, simple protocol). */
async function pools(): Promise<{ clients: number; servers: number }> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<Record<string, string>>('SHOW POOLS');
    const row = rows.find((r) => r.database === 'livewell');
    const n = (key: string) => Number(row?.[key] ?? 0);
    return {
      clients: n('cl_active') + n('cl_waiting'),
      servers: n('sv_active') + n('sv_idle') + n('sv_used') + n('sv_tested') + n('sv_login'),
    };
  } finally {
    await admin.end();
  }
}

describe('a concurrent workload through PgBouncer', () => {
  const workload = { writers: 32, tenants: 4, saves: 15 } as const;

  it(`commits every save of ${workload.writers} writers over ${CLIENTS} clients and ${serverPool} server connections`, async () => {
    const direct = pgExecutor(new pg.Pool({ connectionString: directUrl, max: CLIENTS }), {
      endPoolOnClose: true,
    });
    const directStore = createPostgresStore(direct, { schema });
    const bouncerStore = createPostgresStore(
      pgExecutor(new pg.Pool({ connectionString: bouncerUrl, max: CLIENTS }), {
        prepare: false,
        endPoolOnClose: true,
      }),
      { schema },
    );
    try {
      // Interleaved, twice: direct (prepared statements) and through PgBouncer.
      const rates: Record<string, number[]> = { direct: [], bouncer: [] };
      for (const round of [1, 2]) {
        for (const [side, store] of [
          ['direct', directStore],
          ['bouncer', bouncerStore],
        ] as const) {
          const outcome = await runWorkload(store, { label: `w${round}-${side}`, ...workload });
          expect(outcome.failures).toEqual([]);
          expect(outcome.saved).toBe(workload.writers * workload.saves);
          expect(outcome.versions).toEqual(
            Array.from({ length: workload.writers }, () => workload.saves + 1),
          );
          rates[side]?.push((outcome.saved / outcome.ms) * 1000);
        }
      }
      const seen = await pools();
      log(`PgBouncer SHOW POOLS after the run: ${JSON.stringify(seen)}`);
      expect(seen.servers).toBeLessThanOrEqual(serverPool);
      const fmt = (xs: readonly number[] = []) => xs.map((x) => x.toFixed(0)).join(', ');
      log(
        `saves/s (plan + 3 events, ${workload.writers} writers, ${workload.tenants} tenants): ` +
          `direct ${fmt(rates.direct)}; through PgBouncer ${fmt(rates.bouncer)}`,
      );
    } finally {
      await directStore.close();
      await bouncerStore.close();
    }
  });

  it('with named prepared statements left on, failures are typed storage errors, never raw', async () => {
    const store = createPostgresStore(
      pgExecutor(new pg.Pool({ connectionString: bouncerUrl, max: CLIENTS }), {
        endPoolOnClose: true,
      }),
      { schema },
    );
    try {
      const outcome = await runWorkload(store, {
        label: 'prepared',
        writers: 32,
        tenants: 4,
        saves: 5,
      });
      const codes = new Map<string, number>();
      for (const failure of outcome.failures) {
        expect(isStorageError(failure)).toBe(true);
        const state = (failure as { cause?: { code?: string } }).cause?.code ?? '?';
        const key = `${isStorageError(failure) ? failure.code : 'raw'} (SQLSTATE ${state})`;
        codes.set(key, (codes.get(key) ?? 0) + 1);
      }
      log(
        `prepare: true through transaction pooling: ${outcome.saved} saved, ` +
          `${outcome.failures.length} failed: ${JSON.stringify(Object.fromEntries(codes))}`,
      );
    } finally {
      await store.close();
    }
  });
});
