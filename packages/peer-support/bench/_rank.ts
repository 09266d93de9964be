/** Profiling aid: rankSlots alone in a loop. */
import { createZoneClock } from '@livewell/core';
import { makeContext } from '../src/search/context.js';
import type { IndexedService } from '../src/search/entry.js';
import { rankSlots } from '../src/search/slot-search.js';
import { seeded, syntheticDirectory, townQuery } from './synthetic.js';
import { packDirectory } from './tight-scan.js';

const now = '2026-11-30T08:00:00Z';
const rand = seeded(7);
const t = packDirectory(syntheticDirectory(100_000));
const clock = createZoneClock();
const ctxs = Array.from({ length: 16 }, () => {
  const c = makeContext(townQuery(rand), { now, limit: 20 }, clock);
  if (!c.ok) throw new Error('bad');
  return c.value;
});
const entryOf = (): IndexedService => {
  throw new Error('no matcher rows');
};
const n = Number(process.argv[2] ?? 20000);
const c0 = process.cpuUsage();
for (let i = 0; i < n; i += 1)
  rankSlots(
    t,
    ctxs[process.env.ONE ? Number(process.env.ONE) : i % 16] as (typeof ctxs)[number],
    entryOf,
    undefined,
  );
const c = process.cpuUsage(c0);
console.log('rankSlots', ((c.user + c.system) / n).toFixed(1), 'µs CPU');
