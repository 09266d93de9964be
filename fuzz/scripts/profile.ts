/**
 * Times every catalogued entry point on FUZZ_RUNS sampled cases each (no shrinking) and prints
 * the slowest case of each, to find what makes the families slow. Throws are counted, not shrunk.
 */
import fc from 'fast-check';
import { entryId } from '../src/catalogue/entry.js';
import { catalogue } from '../src/catalogue/index.js';
import { buildCase, fuzzCaseArb } from '../src/inputs/fuzzed-args.js';
import { checkCase, FuzzFailure } from '../src/run/check.js';
import { settings } from '../src/run/settings.js';

const runs = settings.runsPerFamily;
for (const entry of catalogue) {
  const id = entryId(entry);
  if (settings.only && !id.includes(settings.only)) continue;
  process.stdout.write(`${id} ... `);
  const t0 = performance.now();
  const cases = fc.sample(fuzzCaseArb(entry.valid, entry.outside, entry.domain), {
    numRuns: runs,
    seed: settings.seed,
  });
  const tGen = performance.now() - t0;
  let worst = 0;
  let worstWhere = '';
  let failures = 0;
  let firstFailure = '';
  for (const c of cases) {
    const s = performance.now();
    try {
      await checkCase(entry, c);
    } catch (e) {
      failures++;
      if (!firstFailure)
        firstFailure =
          e instanceof FuzzFailure ? e.message.split('\n').slice(0, 2).join(' | ') : String(e);
    }
    const d = performance.now() - s;
    if (d > worst) {
      worst = d;
      worstWhere = buildCase(c).where;
    }
  }
  const total = performance.now() - t0;
  console.log(
    `total ${total.toFixed(0)}ms gen ${tGen.toFixed(0)}ms worst ${worst.toFixed(0)}ms (${worstWhere.slice(0, 120)}) failures ${failures}${firstFailure ? ` first: ${firstFailure.slice(0, 200)}` : ''}`,
  );
}
