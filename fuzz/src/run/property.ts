import fc from 'fast-check';
import type { EntryPoint } from '../catalogue/entry.js';
import { type FuzzCase, fuzzCaseArb } from '../inputs/fuzzed-args.js';
import { simpleInputs, simpleTypedInputs } from '../inputs/simple.js';
import { checkCase } from './check.js';
import { knownValid } from './replay.js';
import { settings } from './settings.js';

/** Fuzzes one entry point `runs` times with the run's seed; fast-check shrinks any failure. */
export async function fuzzEntry(entry: EntryPoint, runs: number): Promise<void> {
  const valid = knownValid(entry);
  const simple = entry.domain === 'typed' ? simpleTypedInputs : simpleInputs;
  // The plainest bad inputs at every outside position run first, on every run.
  const examples = simple.flatMap((input) =>
    entry.outside.map((at): [FuzzCase] => [{ valid, at, input }]),
  );
  await fc.assert(
    fc.asyncProperty(fuzzCaseArb(entry.valid, entry.outside, entry.domain), (c) =>
      checkCase(entry, c),
    ),
    {
      numRuns: runs,
      examples,
      seed: settings.seed,
      ...(settings.path ? { path: settings.path } : {}),
      // A failure report names the seed and path: `FUZZ_SEED=… FUZZ_PATH=… pnpm fuzz` replays it.
    },
  );
}

/** A generous time limit for `runs` inputs (huge strings and shrinking included). */
export const timeLimitMs = (runs: number): number => 60_000 + runs * 50;
