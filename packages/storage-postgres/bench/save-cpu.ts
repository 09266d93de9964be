/**
 * Where a single-writer save's time goes (issue 18, item 2), in one process on PostgreSQL: CPU
 * time (`process.cpuUsage()`) and wall time per save of a care plan plus three events, for
 *
 * - `adapter`: `carePlans.save` (the write-side parse through each kind's parser, then the
 *   same statements as named prepared statements);
 * - `raw`: the same statements as named prepared statements, no validation;
 * - `raw + zod`: raw plus core's zod parsers on the same records (`parseCarePlan` + 3 ×
 *   `parseCarePlanEvent`: what the adapter parsed with before the compiled readers);
 * - `raw + compiled`: raw plus the kinds' parsers (`recordKinds.carePlan.parse` + 3 ×
 *   `recordKinds.carePlanEvent.parse`: what the adapter parses with now).
 *
 * Rounds of `saves` saves per side, each round starting with another side; prints per side the
 * median over rounds, and the median (range) over rounds of each side ÷ raw. Then the parse alone,
 * zod beside compiled, in a hot loop.
 *
 *   DATABASE_URL=… pnpm --filter @livewell/storage-postgres bench:save-cpu [rounds=9] [saves=500]
 */
import { parseCarePlan, parseCarePlanEvent, type RecordId, type TenantId } from '@livewell/core';
import { recordKinds } from '@livewell/storage';
import pg from 'pg';
import { createPostgresStore } from '../src/adapter/postgres-store.js';
import { statements } from '../src/adapter/statements.js';
import { pgExecutor, statementName } from '../src/executor/pg-executor.js';
import { migrate } from '../src/schema/migrate.js';
import { eventOf, planOf } from '../test/support/fixtures.js';

const rounds = Number(process.argv[2] ?? 9);
const saves = Number(process.argv[3] ?? 500);
const url = process.env.DATABASE_URL;
if (url === undefined) throw new TypeError('Set DATABASE_URL to a PostgreSQL database.');
const schema = `lw_save_cpu_${process.pid}`;
const q = `"${schema}"`;
const pool = new pg.Pool({ connectionString: url, max: 4 });
const executor = pgExecutor(pool);
await migrate(executor, { schema });
const sql = statements(q);

const planId = 'plan-1' as RecordId;
const practiceTenant = 'cpu-adapter' as TenantId;
const plan = planOf(practiceTenant, planId, 'person-1');
const events = [1, 2, 3].map((i) => eventOf(practiceTenant, planId, `e${i}`, i));
const practice = createPostgresStore(executor, { schema, closeExecutor: false }).forTenant(
  practiceTenant,
);
let adapterVersion = (await practice.carePlans.create(plan)).plan.version;

const names = new Map<string, string>();
const nameOf = (text: string): string => {
  let name = names.get(text);
  if (name === undefined) {
    name = statementName(text);
    names.set(text, name);
  }
  return name;
};

type Parse = (record: unknown) => unknown;
const zodPlan: Parse = (r) => parseCarePlan(r);
const zodEvent: Parse = (r) => parseCarePlanEvent(r);
const compiledPlan: Parse = (r) => recordKinds.carePlan.parse(r);
const compiledEvent: Parse = (r) => recordKinds.carePlanEvent.parse(r);

/** A raw save in its own tenant: optionally parsing the records first, as the adapter does. */
async function rawSide(tenant: TenantId, parse?: { plan: Parse; event: Parse }) {
  const own = { ...plan, tenantId: tenant };
  const ownEvents = events.map((e) => ({ ...e, tenantId: tenant }));
  let version = 1;
  await pool.query(sql.insert, [
    tenant,
    'care-plan',
    planId,
    own.personId,
    null,
    JSON.stringify(own),
    null,
    'raw',
  ]);
  return async (): Promise<void> => {
    if (parse) {
      parse.plan(own);
      for (const e of ownEvents) parse.event(e);
    }
    const client = await pool.connect();
    try {
      const query = (text: string, values: unknown[]) =>
        client.query({ name: nameOf(text), text, values });
      await client.query('BEGIN');
      const doc = JSON.stringify(own);
      const args = [tenant, 'care-plan', planId, own.personId, null, doc, null, 'raw', version];
      if ((await query(sql.replace, args)).rowCount !== 1) throw new RangeError('lost');
      const params: unknown[] = [tenant, 'care-plan-event'];
      for (const [i, e] of ownEvents.entries()) {
        params.push(`${planId}/${version + 1}/${i}`, own.personId, planId, JSON.stringify(e));
        params.push(null, 'raw');
      }
      await query(sql.insertMany(ownEvents.length), params);
      await client.query('COMMIT');
      version += 1;
    } finally {
      client.release();
    }
  };
}

const sides: [string, () => Promise<void>][] = [
  [
    'adapter',
    async () => {
      await practice.carePlans.save(plan, events, adapterVersion);
      adapterVersion += 1;
    },
  ],
  ['raw', await rawSide('cpu-raw' as TenantId)],
  ['raw + zod', await rawSide('cpu-zod' as TenantId, { plan: zodPlan, event: zodEvent })],
  [
    'raw + compiled',
    await rawSide('cpu-compiled' as TenantId, { plan: compiledPlan, event: compiledEvent }),
  ],
];

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const fmt = (x: number, digits = 3) => x.toFixed(digits);

const cpu = new Map<string, number[]>(sides.map(([name]) => [name, []]));
const wall = new Map<string, number[]>(sides.map(([name]) => [name, []]));
for (let round = 0; round < rounds; round += 1) {
  const start = round % sides.length;
  for (const [name, save] of [...sides.slice(start), ...sides.slice(0, start)]) {
    const cpuStart = process.cpuUsage();
    const wallStart = performance.now();
    for (let i = 0; i < saves; i += 1) await save();
    const used = process.cpuUsage(cpuStart);
    cpu.get(name)?.push((used.user + used.system) / 1000 / saves);
    wall.get(name)?.push((performance.now() - wallStart) / saves);
  }
}

const ratios = (a: string, b: string, of: Map<string, number[]>) => {
  const xs = of.get(a) ?? [];
  const ys = of.get(b) ?? [];
  const r = xs.map((x, i) => x / (ys[i] ?? Number.NaN));
  return `${fmt(median(r), 2)} (${fmt(Math.min(...r), 2)}–${fmt(Math.max(...r), 2)})`;
};
console.log(`${rounds} rounds × ${saves} saves per side; ms per save, median of rounds`);
console.log('| Side | CPU ms / save | Wall ms / save |');
console.log('| --- | ---: | ---: |');
for (const [name] of sides) {
  console.log(
    `| ${name} | ${fmt(median(cpu.get(name) ?? []))} | ${fmt(median(wall.get(name) ?? []))} |`,
  );
}
for (const [name] of sides.slice(1).concat(sides.slice(0, 1))) {
  if (name === 'raw') continue;
  console.log(
    `${name} ÷ raw, median (range) of rounds: CPU ${ratios(name, 'raw', cpu)}; wall ${ratios(name, 'raw', wall)}`,
  );
}

// The parse alone, hot: plan + 3 events, zod beside compiled, interleaved.
const parseRounds: Record<string, number[]> = { zod: [], compiled: [] };
const loops = 2000;
for (let round = 0; round < rounds; round += 1) {
  for (const [name, p] of round % 2 === 0
    ? ([
        ['zod', { plan: zodPlan, event: zodEvent }],
        ['compiled', { plan: compiledPlan, event: compiledEvent }],
      ] as const)
    : ([
        ['compiled', { plan: compiledPlan, event: compiledEvent }],
        ['zod', { plan: zodPlan, event: zodEvent }],
      ] as const)) {
    const cpuStart = process.cpuUsage();
    for (let i = 0; i < loops; i += 1) {
      p.plan(plan);
      for (const e of events) p.event(e);
    }
    const used = process.cpuUsage(cpuStart);
    parseRounds[name]?.push((used.user + used.system) / loops);
  }
}
const zodUs = median(parseRounds.zod ?? []);
const compiledUs = median(parseRounds.compiled ?? []);
console.log(
  `parse of plan + 3 events alone (CPU µs, median of ${rounds} rounds × ${loops}): zod ${fmt(zodUs, 1)}, compiled ${fmt(compiledUs, 1)} (${fmt(zodUs / compiledUs, 1)}× faster)`,
);

await executor.query(`DROP SCHEMA IF EXISTS ${q} CASCADE`);
await pool.end();
