import type { FuzzedInput } from '../inputs/fuzzed-args.js';

/**
 * An entry point that still breaks the boundary promise (throws, or returns no typed error) on
 * some outside input. The counterexample is `input` at argument `at`, the other arguments being
 * the entry's valid arguments sampled with `validSeed` (default 1; see `knownValid`). `pnpm --filter @livewell/fuzz
 * discover` prints this list afresh.
 */
export interface KnownThrow {
  /** `module#name` (as `entryId` writes it). */
  readonly entry: string;
  readonly at: number;
  readonly input: FuzzedInput;
  readonly validSeed?: number;
  /** What it throws (or why the outcome is not a typed error). */
  readonly throws: string;
  /** The top livewell stack frame (`packages/…/file.ts:line`). */
  readonly frame: string;
}

/**
 * Every entry point known to break the promise today. Their fuzz tests are skipped meanwhile;
 * `known-throwing.test.ts` fails as soon as one stops failing, so this list only shrinks. Empty
 * it as fixes land.
 */
export const knownThrowing: readonly KnownThrow[] = [];
