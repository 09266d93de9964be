/** Profiling aid: the query path's parts timed apart (`node --import tsx --conditions @livewell/source bench/_parts.ts`). */
import { createZoneClock, instantToMs } from '@livewell/core';
import { makeContext, type QueryContext } from '../src/search/context.js';
import type { IndexedService } from '../src/search/entry.js';
import { toHit } from '../src/search/evaluate.js';
import { ringCells } from '../src/search/geo.js';
import { pageOf } from '../src/search/page.js';
import { parseSearchOptions, parseSearchQuery } from '../src/search/parse-query.js';
import type { SearchQuery } from '../src/search/query.js';
import { rankSlots, slotSession } from '../src/search/slot-search.js';
import { seeded, syntheticDirectory, townQuery } from './synthetic.js';
import { packDirectory, tightScan } from './tight-scan.js';

const now = '2026-11-30T08:00:00Z';
const rand = seeded(7);
const queries: SearchQuery[] = Array.from({ length: 16 }, () => townQuery(rand));
const t = packDirectory(syntheticDirectory(100_000));
const clock = createZoneClock();
const ctxs = queries.map((q) => {
  const c = makeContext(q, { now, limit: 20 }, clock);
  if (!c.ok) throw new Error('bad');
  return c.value;
});
const entryOf = (): IndexedService => {
  throw new Error('no matcher rows here');
};
const time = (name: string, f: (i: number) => unknown, n = 4000) => {
  for (let i = 0; i < 500; i += 1) f(i);
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i += 1) f(i);
  const c = process.cpuUsage(c0);
  console.log(name.padEnd(14), ((c.user + c.system) / n).toFixed(1), 'µs CPU');
};
const ctxOf = (i: number) => ctxs[i % 16] as QueryContext;
const ranked = ctxs.map((ctx) => rankSlots(t, ctx, entryOf, undefined));
time('makeContext', (i) => makeContext(queries[i % 16] as SearchQuery, { now, limit: 20 }, clock));
time('ringCells', (i) =>
  ringCells((queries[i % 16] as SearchQuery).near?.point ?? { latitude: 0, longitude: 0 }, 10),
);
time('rankSlots', (i) => rankSlots(t, ctxOf(i), entryOf, undefined));
time('pageOf', (i) =>
  pageOf(ranked[i % 16]?.total ?? 0, ranked[i % 16]?.top ?? [], 20, (f) =>
    toHit(
      {
        service: f.service,
        score: f.score,
        distanceKm: f.distanceKm,
        session: slotSession(t, f.slot, ctxOf(i)),
      },
      ctxOf(i),
    ),
  ),
);
time('tightScan', (i) => tightScan(t, ctxOf(i)), 400);
time('parseQuery', (i) => parseSearchQuery(queries[i % 16]));
time('parseOptions', () => parseSearchOptions({ now, limit: 20 }));
time('localDay', () => clock.localDay(Date.parse(now), 'Europe/London'));
time('instantToMs', () => instantToMs(now));
time('makeContext2', (i) => makeContext(queries[i % 16] as SearchQuery, { now, limit: 20 }, clock));
time('rankSlots2', (i) => rankSlots(t, ctxOf(i), entryOf, undefined));
