import { createZoneClock, type TenantId } from '@livewell/core';
import { supportNeeds } from '../src/directory/needs.js';
import { makeContext } from '../src/search/context.js';
import { cellsWithin } from '../src/search/geo.js';
import { createSearchIndex } from '../src/search/search-index.js';
import { syntheticDirectory } from './synthetic.js';

const d = syntheticDirectory(100_000);
global.gc?.();
const h0 = process.memoryUsage().heapUsed;
const t = performance.now();
const index = createSearchIndex(d);
console.log('build', performance.now() - t);
global.gc?.();
console.log('heap/service', (process.memoryUsage().heapUsed - h0) / 1e5);
const now = '2026-11-30T08:00:00Z';
const q = {
  tenantId: 'bench' as TenantId,
  terms: [supportNeeds.physicalActivity, supportNeeds.loneliness],
  near: { point: { latitude: 51.5, longitude: -0.12 }, radiusKm: 10 },
  sessionBetween: { from: now, until: '2026-12-07T08:00:00Z' },
};
const clock = createZoneClock();
const time = (name: string, f: () => void, n = 2000) => {
  for (let i = 0; i < 200; i++) f();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) f();
  console.log(name, (((performance.now() - t0) / n) * 1000).toFixed(1), 'µs');
};
time('makeContext', () => makeContext(q, { now, limit: 20 }, clock));
time('cellsWithin', () => cellsWithin(q.near.point, 10));
time('search', () => index.search(q, { now, limit: 20 }));
time('search limit1', () => index.search(q, { now, limit: 1 }));
const r = index.search(q, { now, limit: 20 });
if (r.ok) console.log('total', r.value.total);
