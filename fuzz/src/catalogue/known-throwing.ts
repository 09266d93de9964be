/**
 * Entry points that still throw on some outside input, each with a minimal counterexample and
 * where it throws. Their fuzz tests are skipped meanwhile; `known-throwing.test.ts` fails as
 * soon as an entry here stops throwing, so this list only ever shrinks. Empty it as fixes land.
 */
export interface KnownThrow {
  /** `module#name` (as {@link entryId} writes it). */
  readonly entry: string;
  /** Calls the entry point with the counterexample. */
  readonly counterexample: () => unknown;
  /** The counterexample, as readable text. */
  readonly input: string;
  /** What it throws, and the top livewell stack frame (`file:line`). */
  readonly throws: string;
  readonly at: string;
}

/** Every entry point known to throw today. */
export const knownThrowing: readonly KnownThrow[] = [];
