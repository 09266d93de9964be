/**
 * Writers benchmark (issue 18, item 1): saves per second of a care plan plus three events
 * (`carePlans.save`: validate, versioned UPDATE, one three-row INSERT, one transaction) with
 * 1 / 4 / 16 / 32 concurrent writers, all in one tenant or spread over 16 tenants, each writer
 * saving its own plan. Side by side in the same run:
 *
 * - `adapter`: the store, as built (`dist`: run `pnpm build` first).
 * - `raw`: the same statements (positions from the sequence, ADR 0012) as named prepared
 *   statements on node-postgres, no validation — the tightest baseline without a shared row.
 * - `raw, hot row`: the statements before migration 3, numbering from the per-tenant
 *   `sequences` row locked to commit — what the adapter did before.
 *
 * PostgreSQL only (PGlite is one connection: its writers queue by construction). Each cell runs
 * for `seconds`, in `rounds` rounds whose order rotates, after a `CHECKPOINT` where the role
 * may run one (so a checkpoint the WAL sets off never lands inside one cell and not the next).
 * The table shows the median per cell and the adapter's ratio to raw within each round.
 *
 *   pnpm build
 *   DATABASE_URL=… pnpm --filter @livewell/storage-postgres bench:writers [seconds=3] [rounds=3]
 */
import { readdirSync, statSync } from 'node:fs';
import type { RecordId, TenantId } from '@livewell/core';
import { createPostgresStore, migrate, pgExecutor } from '@livewell/storage-postgres';
import pg from 'pg';
import { statements } from '../src/adapter/statements.js';
import { statementName } from '../src/executor/pg-executor.js';
import { eventOf, planOf } from '../test/support/fixtures.js';

/**
 * The adapter side runs what `pnpm build` left in `dist` (this package's and the two it builds
 * on): refuse a missing build, or one older than a source file (tests aside), rather than time
 * old code.
 */
function assertBuilt(packages: readonly string[]): void {
  for (const name of packages) {
    const root = new URL(`../../${name}/`, import.meta.url);
    const built = statSync(new URL('dist/index.js', root), { throwIfNoEntry: false });
    const sources = readdirSync(new URL('src/', root), { recursive: true, withFileTypes: true });
    const stale = sources.find(
      (entry) =>
        entry.isFile() &&
        !/\.(test|bench)\.ts$/.test(entry.name) &&
        built !== undefined &&
        statSync(`${entry.parentPath}/${entry.name}`).mtimeMs > built.mtimeMs,
    );
    if (built === undefined || stale !== undefined) {
      throw new Error(
        `Run pnpm build first: packages/${name}/dist is ${built === undefined ? 'missing' : `older than ${stale?.name}`}, and the bench measures what is published.`,
      );
    }
  }
}
assertBuilt(['core', 'storage', 'storage-postgres']);
const seconds = Number(process.argv[2] ?? 3);
const rounds = Number(process.argv[3] ?? 3);
const url = process.env.DATABASE_URL;
if (url === undefined) throw new TypeError('Set DATABASE_URL to a PostgreSQL database.');

const schema = `lw_writers_${process.pid}`;
const q = `"${schema}"`;
const sql = statements(q);
const EVENTS = 3;

/** The statements before migration 3: a per-tenant counter row locked until commit. */
const hotRow = {
  replace: `WITH s AS (
      INSERT INTO ${q}.sequences AS q (tenant_id, collection, last_seq) VALUES ($1, $2, 1)
      ON CONFLICT (tenant_id, collection) DO UPDATE SET last_seq = q.last_seq + 1
      RETURNING last_seq)
    UPDATE ${q}.records AS r SET version = r.version + 1, seq = s.last_seq, person_id = $4,
      parent_id = $5, doc = $6::jsonb, doc_exact = $7
    FROM s WHERE r.tenant_id = $1 AND r.collection = $2 AND r.id = $3 AND r.version = $8
    RETURNING r.version`,
  insertMany: (count: number) => {
    const rows = Array.from({ length: count }, (_, i) => {
      const p = (k: number) => `$${4 + i * 5 + k}`;
      return `(${p(0)}::text, ${p(1)}::text, ${p(2)}::text, ${p(3)}::jsonb, ${p(4)}::text, ${i + 1})`;
    });
    return `WITH s AS (
      INSERT INTO ${q}.sequences AS q (tenant_id, collection, last_seq) VALUES ($1, $2, $3::bigint)
      ON CONFLICT (tenant_id, collection) DO UPDATE SET last_seq = q.last_seq + $3::bigint
      RETURNING last_seq)
    INSERT INTO ${q}.records (tenant_id, collection, id, version, seq, person_id, parent_id, doc, doc_exact)
    SELECT $1, $2, v.id, 1, s.last_seq - $3::bigint + v.n, v.person, v.parent, v.doc, v.exact
    FROM s, (VALUES ${rows.join(', ')}) AS v (id, person, parent, doc, exact, n) ORDER BY v.n
    RETURNING id`;
  },
};

type Side = 'adapter' | 'raw' | 'raw, hot row';
const sides: Side[] = ['adapter', 'raw', 'raw, hot row'];
const writerCounts = [1, 4, 16, 32];
const tenantCounts = [1, 16];

/** Raw names its prepared statements once per text, as the adapter's executor does. */
const names = new Map<string, string>();
const nameOf = (text: string) => {
  let name = names.get(text);
  if (name === undefined) {
    name = statementName(text);
    names.set(text, name);
  }
  return name;
};

const pool = new pg.Pool({ connectionString: url, max: 32 });
const executor = pgExecutor(pool);
await executor.query(`DROP SCHEMA IF EXISTS ${q} CASCADE`);
await migrate(executor, { schema });
const store = createPostgresStore(executor, { schema, closeExecutor: false });
let cell = 0;

/**
 * A `CHECKPOINT` before each cell, so every cell starts just after one (the first change to each
 * page then writes its whole image to the WAL, alike for every side); skipped for the rest of
 * the run when the role may not (superuser or `pg_checkpoint`).
 */
let checkpoints = true;
async function checkpoint(): Promise<void> {
  if (!checkpoints) return;
  try {
    await pool.query('CHECKPOINT');
  } catch {
    checkpoints = false;
  }
}

/** Saves per second for one cell. */
async function run(side: Side, writers: number, tenants: number): Promise<number> {
  cell += 1;
  const prepared = await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      const tenantId = `c${cell}-t${w % tenants}` as TenantId;
      const planId = `plan-${w}` as RecordId;
      const plan = planOf(tenantId, planId, `person-${w}`);
      const events = Array.from({ length: EVENTS }, (_, i) =>
        eventOf(tenantId, planId, `e${i}`, i + 1),
      );
      const practice = store.forTenant(tenantId);
      const version = (await practice.carePlans.create(plan)).plan.version;
      return { tenantId, planId, plan, events, practice, version };
    }),
  );
  // Raw's two statements, named once per cell (the texts do not change between saves).
  const texts = side === 'raw' ? sql : hotRow;
  const named = (text: string) => ({ name: nameOf(text), text });
  const raw = { replace: named(texts.replace), insert: named(texts.insertMany(EVENTS)) };
  await checkpoint();
  let saves = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    prepared.map(async ({ tenantId, planId, plan, events, practice, version: first }) => {
      let version = first;
      while (performance.now() < deadline) {
        if (side === 'adapter') {
          await practice.carePlans.save(plan, events, version);
        } else {
          // Raw serialises per save too, as the adapter does inside `save`.
          const planDoc = JSON.stringify(plan);
          const eventDocs = events.map((e) => JSON.stringify(e));
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            // The adapter's statements carry the codec stamp ($8) before the version.
            const args =
              side === 'raw'
                ? [
                    tenantId,
                    'care-plan',
                    planId,
                    plan.personId,
                    null,
                    planDoc,
                    null,
                    'raw',
                    version,
                  ]
                : [tenantId, 'care-plan', planId, plan.personId, null, planDoc, null, version];
            const updated = await client.query({ ...raw.replace, values: args });
            if (updated.rowCount !== 1) throw new RangeError('raw replace lost');
            const params: unknown[] =
              side === 'raw'
                ? [tenantId, 'care-plan-event']
                : [tenantId, 'care-plan-event', EVENTS];
            for (const [i, doc] of eventDocs.entries()) {
              params.push(`${planId}/${version + 1}/${i}`, plan.personId, planId, doc, null);
              if (side === 'raw') params.push('raw');
            }
            await client.query({ ...raw.insert, values: params });
            await client.query('COMMIT');
          } finally {
            client.release();
          }
        }
        version += 1;
        saves += 1;
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  cpuPerSave.set(`${writers}|${tenants}|${side}`, [
    ...(cpuPerSave.get(`${writers}|${tenants}|${side}`) ?? []),
    (cpu.user + cpu.system) / 1000 / Math.max(1, saves),
  ]);
  return saves / ((performance.now() - started) / 1000);
}

/** Node CPU time (ms, user + system) per save, per cell: what the one client process spends. */
const cpuPerSave = new Map<string, number[]>();

// Warm up every side (JIT, prepared statements) before measuring.
for (const side of sides) await run(side, 4, 4);
const results = new Map<string, number[]>();
const cells = writerCounts.flatMap((w) => tenantCounts.map((t) => [w, t] as const));
for (let round = 0; round < rounds; round += 1) {
  for (const [w, t] of cells) {
    const order = sides.map((_, i) => sides[(i + round) % sides.length] as Side);
    for (const side of order) {
      const key = `${w}|${t}|${side}`;
      results.set(key, [...(results.get(key) ?? []), await run(side, w, t)]);
    }
  }
}
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
/** The adapter's saves per second over raw's in each round of a cell (the same minute). */
const paired = (w: number, t: number) => {
  const a = results.get(`${w}|${t}|adapter`) ?? [];
  const r = results.get(`${w}|${t}|raw`) ?? [];
  return a.map((x, i) => x / (r[i] ?? Number.NaN));
};
console.log(
  `\n${seconds} s per cell, ${rounds} rounds (median), pool of 32, ${checkpoints ? 'a CHECKPOINT before each cell' : 'no CHECKPOINT (not allowed for this role)'}\n`,
);
console.log(
  '| Writers | Tenants | Adapter saves/s | Raw saves/s | Adapter ÷ raw | Per round (min–max) | Raw, hot row (before) | Adapter ÷ hot row | Node CPU ms/save adapter / raw |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [w, t] of cells) {
  const [a, r, h] = sides.map((side) => median(results.get(`${w}|${t}|${side}`) ?? []));
  const [ca, cr] = sides.map((side) => median(cpuPerSave.get(`${w}|${t}|${side}`) ?? []));
  const f = (x = 0) => Math.round(x).toLocaleString('en-GB');
  const ratios = paired(w, t);
  const range = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
  console.log(
    `| ${w} | ${t} | ${f(a)} | ${f(r)} | ${((a ?? 0) / (r ?? 1)).toFixed(2)} | ${range} | ${f(h)} | ${((a ?? 0) / (h ?? 1)).toFixed(2)} | ${(ca ?? 0).toFixed(2)} / ${(cr ?? 0).toFixed(2)} |`,
  );
}
console.log(`\nraw rounds (saves/s): ${JSON.stringify(Object.fromEntries(results))}`);
await executor.query(`DROP SCHEMA IF EXISTS ${q} CASCADE`);
await pool.end();
