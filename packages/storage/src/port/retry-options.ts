/**
 * How `update` retries a save that lost an optimistic-concurrency race: up to `maxAttempts`
 * load → apply → save cycles in total, waiting between them a random time ("full jitter") up
 * to an exponentially growing bound, `baseDelayMs · 2^(attempt−1)` capped at `maxDelayMs`, and
 * never waiting past `maxElapsedMs` after the first attempt began. Whichever bound is reached
 * first ends the retries with the last `ConflictError`.
 */
export interface RetryOptions {
  /** Attempts in total, at least 1. */
  readonly maxAttempts?: number;
  /** The time budget in ms from the first attempt: no wait that would end past it starts. */
  readonly maxElapsedMs?: number;
  /** The bound of the first wait, in ms (doubled on each further retry). */
  readonly baseDelayMs?: number;
  /** The largest bound any wait may have, in ms. */
  readonly maxDelayMs?: number;
}

/** A complete retry policy: every bound of {@link RetryOptions} set. */
export type RetryPolicy = Required<RetryOptions>;

/**
 * The defaults, chosen with the contention benchmark (`bench/contention.ts` in
 * `@livewell/storage-postgres`, figures in its README): with them 50 concurrent commands on
 * one care plan all succeed on PostgreSQL (pool of 10) and on PGlite.
 */
export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 50,
  maxElapsedMs: 30_000,
  baseDelayMs: 5,
  maxDelayMs: 500,
};

/**
 * Where retry timing comes from. The store uses `Math.random`, `setTimeout` and `Date.now`;
 * tests inject their own, so every retry decision can be checked deterministically.
 */
export interface RetryEnvironment {
  /** A number in [0, 1). */
  random(): number;
  sleep(ms: number): Promise<void>;
  /** Milliseconds on a monotonic-enough clock. */
  now(): number;
}
