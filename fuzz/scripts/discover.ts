/**
 * Finds every catalogued entry point that breaks the boundary promise today and prints, for
 * each, a minimal counterexample in the shape of `knownThrowing` (fuzz/src/catalogue/
 * known-throwing.ts). Run: `pnpm --filter @livewell/fuzz discover` (FUZZ_RUNS per entry,
 * default 300; FUZZ_ONLY filters).
 */
import fc from 'fast-check';
import { entryId } from '../src/catalogue/entry.js';
import { catalogue } from '../src/catalogue/index.js';
import type { FuzzedInput } from '../src/inputs/fuzzed-args.js';
import { fuzzCaseArb } from '../src/inputs/fuzzed-args.js';
import { simpleInputs, simpleTypedInputs } from '../src/inputs/simple.js';
import { checkCase, type FuzzFailure } from '../src/run/check.js';
import { knownValid, replayInput } from '../src/run/replay.js';
import { settings } from '../src/run/settings.js';

const summary = (f: FuzzFailure) => {
  const [head = '', at = ''] = f.message.split('\n');
  return {
    throws: head.replace(/^\S+ (threw |returned no typed error: )/, (_, how: string) =>
      how.startsWith('threw') ? '' : 'no typed error: ',
    ),
    frame: at.trim().replace(/^at /, ''),
  };
};

for (const entry of catalogue) {
  const id = entryId(entry);
  if (settings.only && !id.includes(settings.only)) continue;
  let found: { at: number; input: FuzzedInput; seed: number; failure: FuzzFailure } | undefined;
  const inputs = entry.domain === 'typed' ? simpleTypedInputs : simpleInputs;
  // The plainest input on the plainest valid arguments: seed 1 first, then a few more.
  search: for (let seed = 1; seed <= 12; seed++) {
    for (const input of inputs) {
      for (const at of entry.outside) {
        const failure = await replayInput(entry, at, input, seed);
        if (failure) {
          found = { at, input, seed, failure };
          break search;
        }
      }
    }
  }
  if (!found) {
    const valid = knownValid(entry);
    const run = await fc.check(
      fc.asyncProperty(fuzzCaseArb(fc.constant(valid), entry.outside, entry.domain), (c) =>
        checkCase(entry, c),
      ),
      { numRuns: settings.runsPerFamily, seed: settings.seed },
    );
    const c = run.counterexample?.[0];
    if (run.failed && c) {
      const failure = await replayInput(entry, c.at, c.input);
      if (failure) found = { at: c.at, input: c.input, seed: 1, failure };
    }
  }
  if (!found) continue;
  const { throws, frame } = summary(found.failure);
  console.log(
    `  {\n    entry: ${JSON.stringify(id)},\n    at: ${found.at},\n    input: ${fc.stringify(found.input)},\n` +
      (found.seed === 1 ? '' : `    validSeed: ${found.seed},\n`) +
      `    throws: ${JSON.stringify(throws)},\n    frame: ${JSON.stringify(frame)},\n  },`,
  );
}
