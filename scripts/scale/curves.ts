/**
 * Measured curves for docs/scaling.md (issue 18, item 8), from the packages' sources:
 *
 * - events × replay: `replay` of care-plan histories of 1,000, 3,000 and 10,000 events (the care-plan
 *   bench's history: the realistic path, then check-ins and support contacts), median of runs,
 *   beside a plain loop over the same events (the floor: reading each event once).
 * - services × latency × memory: `createSearchIndex` over the peer-support bench's synthetic
 *   directory at 1,000 … 100,000 services: build time, heap held per service, query p50/p95
 *   (two needs, within 10 km, a session in the next 7 days) beside the linear scan.
 *
 * Figures depend on the machine and its load: the run prints `uptime` before and after.
 *
 *   node --expose-gc --import tsx --conditions=@livewell/source scripts/scale/curves.ts
 *   (with TSX_TSCONFIG_PATH=scripts/scale/tsconfig.json; `pnpm scale:curves` sets both)
 */
import { execSync } from 'node:child_process';
import { replay, startCarePlan, transition } from '@livewell/care-plan';
import type {
  Actor,
  CarePlan,
  CarePlanEvent,
  IsoInstant,
  RecordId,
  TenantId,
} from '@livewell/core';
import { createZoneClock } from '@livewell/core';
import { createSearchIndex } from '@livewell/peer-support';
import {
  careTeam,
  coach,
  person,
  personId,
  reception,
} from '../../packages/care-plan/src/bench/fixtures.js';
import { at, context, counterIds, path, times } from '../../packages/care-plan/src/bench/path.js';
import type { CarePlanCommand } from '../../packages/care-plan/src/commands.js';
import {
  seeded,
  syntheticDirectory,
  townQuery,
} from '../../packages/peer-support/bench/synthetic.js';
import { makeContext } from '../../packages/peer-support/src/search/context.js';
import { indexAll, scanEntries } from '../../packages/peer-support/src/search/linear.js';
import type { SearchQuery } from '../../packages/peer-support/src/search/query.js';

const gc = (globalThis as { gc?: () => void }).gc;
const median = (xs: readonly number[]) => quantile(xs, 0.5);
function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
/** Memory in use counted whole: the JS heap and the typed arrays' buffers outside it. */
const heap = () => {
  gc?.();
  gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};
const load = () => execSync('uptime').toString().trim();

// ---- events × replay ----------------------------------------------------------------------
/** A plan's history of `size` events, built as the care-plan bench builds it. */
function history(size: number): CarePlanEvent[] {
  const ids = counterIds();
  const started = startCarePlan(
    { tenantId: 't' as TenantId, personId, careTeam },
    context(at(0), reception, ids),
  );
  if (!started.ok) throw new Error(started.error.message);
  let plan: CarePlan = started.value.plan;
  const events: CarePlanEvent[] = [...started.value.events];
  const apply = (command: CarePlanCommand, actor: Actor, now: IsoInstant) => {
    const r = transition(plan, command, context(now, actor, ids));
    if (!r.ok) throw new Error(`${command.type}: ${r.error.message}`);
    plan = r.value.plan;
    events.push(...r.value.events);
  };
  for (const [i, [, actor, command]] of path.slice(0, 10).entries()) {
    apply(command, actor, times[i] as IsoInstant);
  }
  const actionPlanId = plan.actionPlans[0]?.id as RecordId;
  for (let i = 0; events.length < size; i++) {
    const now = at(20 + i / 100);
    if (i % 2 === 0)
      apply({ type: 'record-check-in', actionPlanId, progress: 'some' }, person, now);
    else apply({ type: 'record-support-contact', kind: 'text', actionPlanId }, coach, now);
  }
  return events;
}

function replayCurve(sizes: readonly number[]): void {
  console.log('\n### events × replay\n');
  console.log(
    '| Events | Replay, median ms | Floor (read each event), ms | Replay ÷ floor | Growth vs previous size |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: |');
  let previous: { size: number; ms: number } | undefined;
  // Warm the replay path first, so the smallest size is not paying for the JIT.
  const warm = history(2_000);
  for (let r = 0; r < 30; r++) replay(warm);
  for (const size of sizes) {
    const built = performance.now();
    const events = history(size);
    const buildMs = performance.now() - built;
    const runs = size >= 100_000 ? 5 : size >= 10_000 ? 9 : 15;
    const replayMs: number[] = [];
    const floorMs: number[] = [];
    let sink = 0;
    for (let r = 0; r < runs; r++) {
      let t = performance.now();
      const result = replay(events);
      replayMs.push(performance.now() - t);
      if (!result.ok) throw new Error(result.error.message);
      t = performance.now();
      for (const e of events) sink += e.type.length + (e.at === undefined ? 0 : 1);
      floorMs.push(performance.now() - t);
    }
    const ms = median(replayMs);
    const floor = median(floorMs);
    const growth =
      previous === undefined
        ? '—'
        : `${(ms / previous.ms).toFixed(1)}× for ${(size / previous.size).toFixed(0)}× events`;
    console.log(
      `| ${size.toLocaleString('en-GB')} | ${ms.toFixed(2)} | ${floor.toFixed(3)} | ${(ms / floor).toFixed(0)}× | ${growth} |` +
        (sink < 0 ? '' : ''),
    );
    console.error(`  (history of ${size} built in ${(buildMs / 1000).toFixed(1)} s)`);
    previous = { size, ms };
  }
}

// ---- services × latency × memory ----------------------------------------------------------
function searchCurve(sizes: readonly number[]): void {
  console.log('\n### services × latency × memory\n');
  console.log(
    '| Services | Build, s | Heap held, MB | Per service, B | Query p50, ms | Query p95, ms | Linear scan p50, ms | Scan ÷ index |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const now = '2026-11-30T08:00:00Z';
  const rand = seeded(7);
  const queries: SearchQuery[] = Array.from({ length: 16 }, () => townQuery(rand));
  const clock = createZoneClock();
  for (const size of sizes) {
    const directory = syntheticDirectory(size);
    const before = heap();
    const t = performance.now();
    let index: ReturnType<typeof createSearchIndex> | undefined = createSearchIndex(directory);
    const buildMs = performance.now() - t;
    const held = heap() - before;
    for (const q of queries) index.search(q, { now, limit: 20 }); // first query at each place
    const indexMs: number[] = [];
    const scanMs: number[] = [];
    const entries = indexAll(directory);
    const scans = size >= 100_000 ? 12 : 48;
    for (let i = 0; i < 400; i++) {
      const q = queries[i % queries.length] as SearchQuery;
      const s = performance.now();
      index.search(q, { now, limit: 20 });
      indexMs.push(performance.now() - s);
      if (i < scans) {
        const s2 = performance.now();
        const ctx = makeContext(q, { now }, clock);
        if (ctx.ok) scanEntries(entries, ctx.value);
        scanMs.push(performance.now() - s2);
      }
    }
    const p50 = median(indexMs);
    console.log(
      `| ${size.toLocaleString('en-GB')} | ${(buildMs / 1000).toFixed(2)} | ${(held / 1e6).toFixed(0)} | ${(held / size).toFixed(0)} | ${p50.toFixed(3)} | ${quantile(indexMs, 0.95).toFixed(3)} | ${median(scanMs).toFixed(2)} | ${(median(scanMs) / p50).toFixed(0)}× |`,
    );
    index = undefined;
  }
}

// ---- stored sizes --------------------------------------------------------------------------
/** JSON bytes of a care-plan event and of the plan snapshot as its history grows (simulation inputs). */
function sizes(): void {
  const events = history(1_000);
  const bytes = events.map((e) => Buffer.byteLength(JSON.stringify(e)));
  const planBytes = (n: number) => {
    const replayed = replay(events.slice(0, n));
    if (!replayed.ok) throw new Error(replayed.error.message);
    return Buffer.byteLength(JSON.stringify(replayed.value));
  };
  console.log('\n### stored sizes (JSON text, before JSONB and indexes)\n');
  console.log(
    `care-plan event: median ${median(bytes)} B, mean ${(bytes.reduce((a, b) => a + b, 0) / bytes.length).toFixed(0)} B (${bytes.length} events)`,
  );
  for (const n of [25, 50, 100, 1_000]) {
    console.log(`care-plan snapshot after ${n} events: ${planBytes(n)} B`);
  }
}

const what = process.argv[2] ?? 'all';
console.log(`load before: ${load()}`);
if (gc === undefined) console.log('(run with --expose-gc for heap figures)');
if (what === 'all' || what === 'replay') replayCurve([1_000, 3_000, 10_000]);
if (what === 'all' || what === 'sizes') sizes();
if (what === 'all' || what === 'search') searchCurve([1_000, 10_000, 100_000]);
console.log(`\nload after: ${load()}`);
