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
export const knownThrowing: readonly KnownThrow[] = [
  // Matching (suggest.ts, eligibility.ts) is being reworked on the journey branch at the same
  // time; these two wait for that to land rather than collide with it.
  {
    entry: '@livewell/peer-support#suggestServices',
    at: 1,
    input: { kind: 'json', value: null },
    throws: 'TypeError: items is not iterable',
    frame: 'packages/peer-support/src/matching/suggest.ts:57',
  },
  {
    entry: '@livewell/peer-support#checkEligibility',
    at: 3,
    input: { kind: 'hostile', hostile: { kind: 'throwing-proxy', target: 'object' } },
    throws: 'HostileValueError: hostile proxy trap get',
    frame: 'packages/core/src/time/zoned.ts:13',
  },
];
