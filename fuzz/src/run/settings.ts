/**
 * How hard the suite fuzzes, from the environment:
 * - `FUZZ_RUNS`: inputs per entry-point family (default 300: a few thousand in all, for CI);
 *   `pnpm fuzz` sets 100,000.
 * - `FUZZ_SEED`: the seed to replay (printed on every failure); random when unset.
 * - `FUZZ_PATH`: with `FUZZ_SEED`, replays one failing run directly (also printed on failure).
 * - `FUZZ_ONLY`: fuzz only entry points whose id (`module#name`) contains this text.
 * - `FUZZ_FAMILY`: fuzz only these families (comma-separated): how `pnpm fuzz` shards a run.
 * - `FUZZ_ENTRY_BUDGET_MS`: wall-clock budget per entry point (default 20,000; `0`: none, as
 *   `pnpm fuzz` sets). An entry point that reaches it stops early and says how far it got.
 * - `FUZZ_CASE_LIMIT_MS`: one case running longer than this (default 60,000) is taken for an
 *   endless loop: the watchdog prints the case and ends the run.
 */
export interface FuzzSettings {
  readonly runsPerFamily: number;
  readonly seed: number;
  readonly path: string | undefined;
  readonly only: string | undefined;
  /** The families to fuzz; `undefined` for all. */
  readonly families: readonly string[] | undefined;
  /** Per entry point; `undefined` when unlimited. */
  readonly entryBudgetMs: number | undefined;
  readonly caseLimitMs: number;
}

/** The default number of inputs per family in an ordinary test run. */
export const DEFAULT_RUNS_PER_FAMILY = 300;
/** The default wall-clock budget per entry point. */
export const DEFAULT_ENTRY_BUDGET_MS = 20_000;
/** The default time after which one case is taken for an endless loop. */
export const DEFAULT_CASE_LIMIT_MS = 60_000;

function readInt(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`${name} must be an integer, got ${raw}`);
  return n;
}

/** Reads the settings from `process.env` (a bad value stops the run with a clear message). */
export function readSettings(env: NodeJS.ProcessEnv = process.env): FuzzSettings {
  const runs = readInt('FUZZ_RUNS', env.FUZZ_RUNS) ?? DEFAULT_RUNS_PER_FAMILY;
  if (runs < 1) throw new Error(`FUZZ_RUNS must be at least 1, got ${runs}`);
  const seed = readInt('FUZZ_SEED', env.FUZZ_SEED) ?? (Date.now() ^ (Math.random() * 2 ** 31)) | 0;
  const budget =
    readInt('FUZZ_ENTRY_BUDGET_MS', env.FUZZ_ENTRY_BUDGET_MS) ?? DEFAULT_ENTRY_BUDGET_MS;
  const caseLimit = readInt('FUZZ_CASE_LIMIT_MS', env.FUZZ_CASE_LIMIT_MS) ?? DEFAULT_CASE_LIMIT_MS;
  if (caseLimit < 1) throw new Error(`FUZZ_CASE_LIMIT_MS must be at least 1, got ${caseLimit}`);
  return {
    runsPerFamily: runs,
    seed,
    path: env.FUZZ_PATH || undefined,
    only: env.FUZZ_ONLY || undefined,
    families: env.FUZZ_FAMILY
      ? env.FUZZ_FAMILY.split(',')
          .map((f) => f.trim())
          .filter((f) => f !== '')
      : undefined,
    entryBudgetMs: budget > 0 ? budget : undefined,
    caseLimitMs: caseLimit,
  };
}

/** The settings of this run, read once. */
export const settings: FuzzSettings = readSettings();

/** Runs for one entry point of a family of `familySize` (at least 20, so each entry is exercised). */
export function runsPerEntry(familySize: number, s: FuzzSettings = settings): number {
  return Math.max(20, Math.ceil(s.runsPerFamily / Math.max(1, familySize)));
}
