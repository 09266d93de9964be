import { isDeepStrictEqual } from 'node:util';
import { carePlanLifecycle, replay } from '@livewell/care-plan';
import fc from 'fast-check';
import { catalogue } from '../src/catalogue/index.js';

const entry = catalogue.find((e) => e.module === '@livewell/care-plan' && e.name === 'replay');
if (!entry) throw new Error('no entry');
let same = 0;
for (const [events] of fc.sample(entry.valid, { numRuns: 400, seed: 3 })) {
  const a = carePlanLifecycle.replay(JSON.parse(JSON.stringify(events)));
  const b = replay(events as never);
  if (isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)))) same++;
  else {
    console.log(JSON.stringify(a).slice(0, 300));
    console.log(JSON.stringify(b).slice(0, 600));
    break;
  }
}
console.log('same', same);
