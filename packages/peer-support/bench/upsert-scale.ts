/**
 * Building the search index one service at a time (as `applyFeedPage` does from a change feed)
 * against the bulk build (`createSearchIndex(records)`), at growing sizes: the time per service
 * should stay near flat. Wall time; the synthetic directory of `search-scale.ts`.
 *
 *   node --max-old-space-size=8000 --import tsx --conditions @livewell/source bench/upsert-scale.ts [sizes…]
 */
import { loadavg } from 'node:os';
import { createSearchIndex } from '../src/search/search-index.js';
import { syntheticDirectory } from './synthetic.js';

const sizes = process.argv.slice(2).map(Number);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const n of sizes.length > 0 ? sizes : [50_000, 100_000, 200_000, 400_000]) {
  const d = syntheticDirectory(n);
  const index = createSearchIndex();
  for (const l of d.locations ?? []) index.upsertLocation(l);
  const t = performance.now();
  for (const s of d.services) index.upsertService(s);
  const one = performance.now() - t;
  const b = performance.now();
  createSearchIndex(d);
  const bulk = performance.now() - b;
  const each = (ms: number) => `${((ms * 1000) / n).toFixed(1)} µs a service`;
  console.log(
    `${n.toLocaleString('en-GB')} services: one at a time ${(one / 1000).toFixed(2)} s (${each(one)}); bulk ${(bulk / 1000).toFixed(2)} s (${each(bulk)})`,
  );
}
