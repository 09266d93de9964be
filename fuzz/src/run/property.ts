import fc from 'fast-check';
import type { EntryPoint } from '../catalogue/entry.js';
import { fuzzCaseArb } from '../inputs/fuzzed-args.js';
import { checkCase } from './check.js';
import { settings } from './settings.js';

/** Fuzzes one entry point `runs` times with the run's seed; fast-check shrinks any failure. */
export async function fuzzEntry(entry: EntryPoint, runs: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fuzzCaseArb(entry.valid, entry.outside, entry.domain), (c) => checkCase(entry, c)),
    {
      numRuns: runs,
      seed: settings.seed,
      ...(settings.path ? { path: settings.path } : {}),
      // A failure report names the seed and path: `FUZZ_SEED=… FUZZ_PATH=… pnpm fuzz` replays it.
      verbose: 1,
    },
  );
}

/** A generous time limit for `runs` inputs (huge strings and shrinking included). */
export const timeLimitMs = (runs: number): number => 60_000 + runs * 20;
