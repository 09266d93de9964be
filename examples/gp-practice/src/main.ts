/** `pnpm demo`: the GP-practice simulation on embedded PGlite (or PostgreSQL with DATABASE_URL). */
import { simulate } from './simulate.js';
import { openDemoStore } from './store.js';

const started = performance.now();
const demo = await openDemoStore();
console.log(`livewell demo — Riverside Surgery — storage: ${demo.backend}\n`);
try {
  const { sim } = await simulate(demo.store);
  console.log(Object.fromEntries(sim.story.counts));
  console.log(sim.story.highlights.join('\n'));
} finally {
  await demo.close();
}
console.log(`\nfinished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
