import { inspect } from 'node:util';
import fc from 'fast-check';
import { type EntryPoint, entryId } from '../catalogue/entry.js';
import { type FuzzCase, fuzzCaseArb } from '../inputs/fuzzed-args.js';
import { simpleInputs, simpleTypedInputs } from '../inputs/simple.js';
import { checkCase } from './check.js';
import { knownValid } from './replay.js';
import { type FuzzSettings, settings as runSettings } from './settings.js';
import type { Watchdog } from './watchdog.js';

/** How far the fuzzing of one entry point got. */
export interface EntryRun {
  /** Inputs tried (fewer than asked when the time budget ran out). */
  readonly runs: number;
  /** True when the entry point's time budget stopped it early. */
  readonly interrupted: boolean;
}

/** What the watchdog prints if this case never ends (the input, not the valid arguments). */
const describeCase = (id: string, seed: number, c: FuzzCase): string =>
  `${id} (replay: FUZZ_SEED=${seed} FUZZ_ONLY='${id}')\n  argument ${c.at}: ${inspect(c.input, {
    depth: 8,
    maxStringLength: 200,
    maxArrayLength: 20,
  })}`;

/**
 * Fuzzes one entry point `runs` times with the run's seed, within its time budget; fast-check
 * shrinks any failure (the budget bounds shrinking too), and the test fails with its report.
 */
export async function fuzzEntry(
  entry: EntryPoint,
  runs: number,
  watchdog?: Watchdog,
  settings: FuzzSettings = runSettings,
): Promise<EntryRun> {
  const id = entryId(entry);
  const valid = knownValid(entry);
  const simple = entry.domain === 'typed' ? simpleTypedInputs : simpleInputs;
  // The plainest bad inputs at every outside position run first, on every run.
  const examples = simple.flatMap((input) =>
    entry.outside.map((at): [FuzzCase] => [{ valid, at, input }]),
  );
  const property = fc.asyncProperty(
    fuzzCaseArb(entry.valid, entry.outside, entry.domain),
    async (c) => {
      watchdog?.starting(describeCase(id, settings.seed, c));
      try {
        await checkCase(entry, c);
      } finally {
        watchdog?.finished();
      }
    },
  );
  const details = await fc.check(property, {
    numRuns: runs,
    examples,
    seed: settings.seed,
    ...(settings.path ? { path: settings.path } : {}),
    ...(settings.entryBudgetMs
      ? { interruptAfterTimeLimit: settings.entryBudgetMs, markInterruptAsFailure: false }
      : {}),
  });
  // The report names the seed and path: `FUZZ_SEED=… FUZZ_PATH=… pnpm fuzz` replays it.
  if (details.failed) {
    const cause = details.errorInstance;
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new Error(`${why}\n\n${fc.defaultReportMessage(details)}`, { cause });
  }
  return { runs: details.numRuns, interrupted: details.interrupted };
}

/**
 * A generous time limit for `runs` inputs (huge strings and shrinking included); with no entry
 * budget (`pnpm fuzz`) a day, so a loaded machine cannot fail a long run that is only slow (the
 * watchdog still ends a single endless case).
 */
export const timeLimitMs = (runs: number, settings: FuzzSettings = runSettings): number =>
  settings.entryBudgetMs === undefined ? 86_400_000 : 60_000 + runs * 50;
