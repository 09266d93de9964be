/**
 * Profiling aid: the index's queries only (the build left out), profiled in-process to a file
 * (`node --import tsx --conditions @livewell/source bench/_qprof.ts [seconds] [out.cpuprofile]`;
 * `INTERVAL` sets the sampling interval in µs). Bundle it first (esbuild, `--conditions=@livewell/source`)
 * for line numbers in the profile.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { SearchQuery } from '../src/search/query.js';
import { createSearchIndex } from '../src/search/search-index.js';
import { seeded, syntheticDirectory, townQuery } from './synthetic.js';

const seconds = Number(process.argv[2] ?? 5);
const out = process.argv[3] ?? 'query.cpuprofile';
const now = '2026-11-30T08:00:00Z';
const rand = seeded(7);
const queries: SearchQuery[] = Array.from({ length: 16 }, () => townQuery(rand));
const index = createSearchIndex(syntheticDirectory(100_000));
for (let i = 0; i < 2000; i += 1) index.search(queries[i % 16] as SearchQuery, { now, limit: 20 });
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', {
  interval: Number(process.env.INTERVAL ?? 250),
});
await session.post('Profiler.start');
// SWEEP=1: sweep 16 MB through the caches before each query (cold caches, as when interleaved).
const sweep = process.env.SWEEP
  ? new Float64Array(2 * 1024 * 1024).map((_, i) => i % 7)
  : undefined;
let sink = 0;
const end = performance.now() + seconds * 1000;
let n = 0;
let cpu = 0;
while (performance.now() < end) {
  if (sweep) for (let i = 0; i < sweep.length; i += 8) sink += sweep[i] as number;
  const c0 = process.cpuUsage();
  index.search(queries[n % 16] as SearchQuery, { now, limit: 20 });
  const c = process.cpuUsage(c0);
  cpu += c.user + c.system;
  n += 1;
}
if (sweep && !(sink > 0)) throw new Error('the sweep read nothing');
const { profile } = await session.post('Profiler.stop');
writeFileSync(out, JSON.stringify(profile));
console.log(
  n,
  'queries',
  (cpu / n).toFixed(1),
  'µs CPU each (the sweeps and the profile included)',
);
