/**
 * The search index at scale, for the README's figures: index build time and memory per service
 * (`--expose-gc`, `process.memoryUsage()` before and after the build: JS heap plus array
 * buffers, where the index's typed arrays live), then the same query —
 * two needs, within 10 km of a town, with a session in the next 7 days — answered by the index
 * and by the tight packed scan (`tight-scan.ts`) over the same rows, interleaved query by
 * query, same pages written; medians and p95. Also the first query at each new place and on a
 * fresh index (no session remembered anywhere); and index and scan each alone and each after
 * sweeping 16 MB through the caches (interleaving evicts the index's data, not the scan's: see
 * below).
 *
 *   node --expose-gc --import tsx --conditions @livewell/source bench/search-scale.ts 100000
 */
import { loadavg } from 'node:os';
import { createZoneClock } from '@livewell/core';
import type { SearchQuery } from '../src/search/query.js';
import { createSearchIndex } from '../src/search/search-index.js';
import { seeded, syntheticDirectory, townQuery } from './synthetic.js';
import { packDirectory, tightScanPage } from './tight-scan.js';

const SIZE = Number(process.argv[2] ?? 100_000);
const ROUNDS = Number(process.argv[3] ?? 400);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
/** JS heap and array buffers (the index's typed arrays live outside the JS heap). */
const heap = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return { js: m.heapUsed, buffers: m.arrayBuffers };
};

const now = '2026-11-30T08:00:00Z';
const rand = seeded(7);
const placeQuery = (): SearchQuery => townQuery(rand);
const queries = Array.from({ length: 16 }, placeQuery);

const directory = syntheticDirectory(SIZE);
const before = heap();
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let index = createSearchIndex(directory);
const buildMs = performance.now() - t0;
const cpu1 = process.cpuUsage(cpu0);
const buildCpuMs = (cpu1.user + cpu1.system) / 1000;
const after = heap();
const jsPerService = (after.js - before.js) / SIZE;
const buffersPerService = (after.buffers - before.buffers) / SIZE;

// First queries on the fresh index: nothing remembered yet.
const fresh: number[] = [];
for (const q of queries.slice(0, 4)) {
  const t = performance.now();
  index.search(q, { now, limit: 20 });
  fresh.push(performance.now() - t);
}
// The first query at each of 64 new places (sessions of schedules met before are remembered).
const firstAt: number[] = [];
for (let i = 0; i < 64; i += 1) {
  const q = placeQuery();
  const t = performance.now();
  index.search(q, { now, limit: 20 });
  firstAt.push(performance.now() - t);
}

// The baseline's rows: the same records packed the same way.
const table = packDirectory(directory);
const clock = createZoneClock();
const scan = (q: SearchQuery) => tightScanPage(table, q, now, clock);

// Same answers, or the comparison means nothing.
for (const q of queries) {
  const a = index.search(q, { now, limit: 20 });
  const b = scan(q);
  if (!a.ok || !b.ok || JSON.stringify(a.value) !== JSON.stringify(b.value)) {
    throw new Error('index and tight scan disagree');
  }
}

const times = {
  index: [] as number[],
  scan: [] as number[],
  moving: [] as number[],
  indexCpu: [] as number[],
};
let total = 0;
for (let round = 0; round < ROUNDS; round += 1) {
  const q = queries[round % queries.length] as SearchQuery;
  // Interleaved; the order swaps every round.
  const pair = round % 2 === 0 ? (['index', 'scan'] as const) : (['scan', 'index'] as const);
  for (const who of pair) {
    const c = process.cpuUsage();
    const t = performance.now();
    const r = who === 'index' ? index.search(q, { now, limit: 20 }) : scan(q);
    times[who].push(performance.now() - t);
    if (who === 'index') {
      const used = process.cpuUsage(c);
      times.indexCpu.push((used.user + used.system) / 1000);
    }
    if (who === 'index' && r.ok) total += r.value.total;
  }
}
// Interleaving query by query is lopsided: the scan's ~2 MB of columns push the index's data
// out of the caches before every index query, while the index's few dozen KB leave the scan's
// in place. So both are also timed on equal terms: each alone (a stretch of its own queries, as on
// a server that runs only it: four stretches, index–scan–scan–index, so drift falls on both; blocks
// of 16 were too short, as the other side's block between two of them cleared the caches) and each
// after a 16 MB sweep through the caches (both cold).
// Wall time: a process's CPU time counts its garbage collector's background threads too, which
// charge a 0.05 ms query with collecting what the scan before it left.
const wallOf = (run: () => unknown): number => {
  const t = performance.now();
  run();
  return performance.now() - t;
};
const alone = { index: [] as number[], scan: [] as number[] };
for (const who of ['index', 'scan', 'scan', 'index'] as const) {
  for (let k = 0; k < ROUNDS / 2; k += 1) {
    const q = queries[k % queries.length] as SearchQuery;
    alone[who].push(
      wallOf(() => (who === 'index' ? index.search(q, { now, limit: 20 }) : scan(q))),
    );
  }
}
const sweepBuffer = new Float64Array(2 * 1024 * 1024).map((_, i) => i % 7);
let sink = 0;
const swept = { index: [] as number[], scan: [] as number[] };
for (let round = 0; round < 2 * ROUNDS; round += 1) {
  for (let i = 0; i < sweepBuffer.length; i += 8) sink += sweepBuffer[i] as number;
  const q = queries[(round >> 1) % queries.length] as SearchQuery;
  const who = round % 2 === 0 ? 'index' : 'scan';
  swept[who].push(wallOf(() => (who === 'index' ? index.search(q, { now, limit: 20 }) : scan(q))));
}
if (!(sink > 0)) throw new Error('the sweep read nothing');
// As in service: each query a minute after the last (remembered sessions expire as they end).
for (let minute = 0; minute < ROUNDS; minute += 1) {
  const base = queries[minute % queries.length] as SearchQuery;
  const fromMs = Date.parse(now) + minute * 60_000;
  const from = new Date(fromMs).toISOString();
  const until = new Date(fromMs + 7 * 86_400_000).toISOString();
  const t = performance.now();
  index.search({ ...base, sessionBetween: { from, until } }, { now: from, limit: 20 });
  times.moving.push(performance.now() - t);
}

const q = (v: number[], p: number) => {
  const s = [...v].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN;
};
const ms = (v: number) => (v < 1 ? v.toFixed(3) : v.toFixed(1));
const ratio = (scan: number[], index: number[]) => `${(q(scan, 0.5) / q(index, 0.5)).toFixed(1)}×`;
/** The median of the ratios of paired samples (same round or block), so drift falls on both. */
const paired = (scan: number[], index: number[]) =>
  `${q(
    scan.map((v, i) => v / (index[i] as number)),
    0.5,
  ).toFixed(1)}×`;
/** Sums of consecutive blocks of 16. */
const blockSums = (v: number[]) =>
  Array.from({ length: Math.floor(v.length / 16) }, (_, b) =>
    v.slice(b * 16, b * 16 + 16).reduce((x, y) => x + y, 0),
  );
const row = (name: string, v: number[]) =>
  `${name.padEnd(34)} median ${ms(q(v, 0.5))} ms  p95 ${ms(q(v, 0.95))} ms  (${v.length})`;
console.log(
  [
    `${SIZE.toLocaleString('en-GB')} services; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
    `build ${ms(buildMs)} ms (CPU time ${ms(buildCpuMs)} ms); ${(jsPerService + buffersPerService).toFixed(0)} B per service (JS heap ${jsPerService.toFixed(0)} B + array buffers ${buffersPerService.toFixed(0)} B)`,
    row('index, warm', times.index),
    row('index, warm, CPU time', times.indexCpu),
    row('tight packed scan', times.scan),
    `index vs tight scan at the median, interleaved: ${ratio(times.scan, times.index)} (per round, same query: median ${paired(times.scan, times.index)}); mean hits ${(total / times.index.length).toFixed(0)}`,
    row('index alone', alone.index),
    row('tight scan alone', alone.scan),
    `index vs tight scan at the median, each alone: ${ratio(alone.scan, alone.index)} (per block of the same 16 queries, each stretch with the one beside it: median ${paired(blockSums(alone.scan), blockSums(alone.index))})`,
    row('index after a 16 MB sweep', swept.index),
    row('tight scan after a 16 MB sweep', swept.scan),
    `index vs tight scan at the median, each after a sweep: ${ratio(swept.scan, swept.index)} (per round, same query: median ${paired(swept.scan, swept.index)})`,
    row('index, first query at a new place', firstAt),
    row('index, first queries on a fresh index', fresh),
    row('index, clock moving 1 min per query', times.moving),
  ].join('\n'),
);
index = createSearchIndex();
