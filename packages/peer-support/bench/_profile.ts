/**
 * Profiling aid (not a benchmark): the bench query answered by the index in a loop, for
 * `node --cpu-prof --import tsx --conditions @livewell/source bench/_profile.ts [index|scan] [seconds]`.
 */
import { createZoneClock } from '@livewell/core';
import { makeContext } from '../src/search/context.js';
import { toHit } from '../src/search/evaluate.js';
import { paginate } from '../src/search/page.js';
import type { SearchQuery } from '../src/search/query.js';
import { createSearchIndex } from '../src/search/search-index.js';
import { slotSession } from '../src/search/slot-search.js';
import { seeded, syntheticDirectory, townQuery } from './synthetic.js';
import { packDirectory, tightScan } from './tight-scan.js';

const who = process.argv[2] ?? 'index';
const seconds = Number(process.argv[3] ?? 5);
const now = '2026-11-30T08:00:00Z';
const rand = seeded(7);
const queries: SearchQuery[] = Array.from({ length: 16 }, () => townQuery(rand));
const directory = syntheticDirectory(100_000);
const index = createSearchIndex(directory);
const table = packDirectory(directory);
const clock = createZoneClock();
const scan = (q: SearchQuery) => {
  const made = makeContext(q, { now, limit: 20 }, clock);
  if (!made.ok) throw new Error(made.error.message);
  const ctx = made.value;
  return paginate(tightScan(table, ctx), ctx.limit, undefined, (f) =>
    toHit(
      {
        service: f.service,
        score: f.score,
        distanceKm: f.distanceKm,
        session: slotSession(table, f.slot, ctx),
      },
      ctx,
    ),
  );
};
const run = who === 'scan' ? scan : (q: SearchQuery) => index.search(q, { now, limit: 20 });
const end = performance.now() + seconds * 1000;
let n = 0;
while (performance.now() < end) {
  run(queries[n % queries.length] as SearchQuery);
  n += 1;
}
console.log(who, n, 'queries', ((seconds * 1000) / n).toFixed(4), 'ms each (wall)');
