/**
 * Profiling aid (not a benchmark): the bench query answered by the index in a loop, for
 * `node --cpu-prof --import tsx --conditions @livewell/source bench/_profile.ts [index|scan] [seconds]`.
 */
import { createZoneClock } from '@livewell/core';
import type { SearchQuery } from '../src/search/query.js';
import { createSearchIndex } from '../src/search/search-index.js';
import { seeded, syntheticDirectory, townQuery } from './synthetic.js';
import { packDirectory, tightScanPage } from './tight-scan.js';

const who = process.argv[2] ?? 'index';
const seconds = Number(process.argv[3] ?? 5);
const now = '2026-11-30T08:00:00Z';
const rand = seeded(7);
const queries: SearchQuery[] = Array.from({ length: 16 }, () => townQuery(rand));
const directory = syntheticDirectory(100_000);
const index = createSearchIndex(directory);
const table = packDirectory(directory);
const clock = createZoneClock();
const scan = (q: SearchQuery) => tightScanPage(table, q, now, clock);
const run = who === 'scan' ? scan : (q: SearchQuery) => index.search(q, { now, limit: 20 });
const end = performance.now() + seconds * 1000;
let n = 0;
while (performance.now() < end) {
  run(queries[n % queries.length] as SearchQuery);
  n += 1;
}
console.log(who, n, 'queries', ((seconds * 1000) / n).toFixed(4), 'ms each (wall)');
