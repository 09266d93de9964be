import { err, ok } from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConflictError, InvalidRequestError, StorageUnavailableError } from '../port/errors.js';
import type { RetryEnvironment } from '../port/retry-options.js';
import { retryDelay, retryPolicy } from './backoff.js';
import { updateWithRetry } from './retry.js';

/** Steps whose first `conflicts` saves lose the race. */
function steps(conflicts: number) {
  const calls = { load: 0, apply: [] as number[], save: 0 };
  return {
    calls,
    steps: {
      load: async () => ({ current: calls.load++, version: calls.load }),
      apply: (current: number, context: { attempt: number }) => {
        calls.apply.push(context.attempt);
        return ok(current + 100);
      },
      save: async (change: number) => {
        calls.save += 1;
        if (calls.save <= conflicts) throw new ConflictError('lost the race');
        return change;
      },
    },
  };
}

/** A fake clock: sleeping advances it; `random` replays the given draws (cycling). */
function fakeEnvironment(draws: readonly number[]) {
  let now = 0;
  let i = 0;
  const sleeps: number[] = [];
  const environment: RetryEnvironment = {
    random: () => draws[i++ % draws.length] ?? 0,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    now: () => now,
  };
  return { environment, sleeps };
}

const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe('retryDelay (full-jitter exponential backoff)', () => {
  it('waits at most min(cap, base·2^(n−1)), never past the budget, and stops at maxAttempts (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          maxAttempts: fc.integer({ min: 1, max: 50 }),
          maxElapsedMs: fc.integer({ min: 0, max: 20_000 }),
          baseDelayMs: fc.integer({ min: 0, max: 100 }),
          maxDelayMs: fc.integer({ min: 0, max: 2_000 }),
        }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 30_000 }),
        unit,
        (policy, attempt, elapsed, random) => {
          const delay = retryDelay(policy, attempt, elapsed, random);
          if (attempt >= policy.maxAttempts) expect(delay).toBeUndefined();
          if (delay === undefined) return;
          const bound = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(bound);
          expect(delay).toBe(random * bound);
          expect(elapsed + delay).toBeLessThanOrEqual(policy.maxElapsedMs);
        },
      ),
    );
  });

  it('refuses bounds that make no sense', () => {
    for (const bad of [
      { maxAttempts: 0 },
      { maxAttempts: 1.5 },
      { maxElapsedMs: -1 },
      { baseDelayMs: Number.NaN },
      { maxDelayMs: Number.POSITIVE_INFINITY },
    ]) {
      expect(() => retryPolicy(bad)).toThrow(InvalidRequestError);
    }
    expect(retryPolicy({}).maxAttempts).toBeGreaterThan(1);
  });
});

describe('updateWithRetry', () => {
  it('retries only conflicts, reloading each time, up to maxAttempts in total (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(6),
        fc.integer({ min: 1, max: 6 }),
        fc.array(unit, { minLength: 1, maxLength: 5 }),
        async (conflicts, max, draws) => {
          const { calls, steps: s } = steps(conflicts);
          const { environment, sleeps } = fakeEnvironment(draws);
          const policy = { maxAttempts: max, maxElapsedMs: 1e9, baseDelayMs: 4, maxDelayMs: 50 };
          const run = updateWithRetry(s, policy, environment);
          if (conflicts < max) {
            expect(await run).toEqual(ok(conflicts + 100));
            expect(calls.apply).toEqual(Array.from({ length: conflicts + 1 }, (_, i) => i + 1));
          } else {
            await expect(run).rejects.toBeInstanceOf(ConflictError);
            expect(calls.save).toBe(max);
          }
          expect(calls.load).toBe(calls.apply.length);
          // One wait after every lost race but the last one, each the jittered bound.
          const waits = Math.min(conflicts, max - 1);
          expect(sleeps).toEqual(
            Array.from(
              { length: waits },
              (_, i) => (draws[i % draws.length] ?? 0) * Math.min(50, 4 * 2 ** i),
            ).filter((ms) => ms > 0),
          );
        },
      ),
    );
  });

  it('stops when the next wait would end past the time budget', async () => {
    const { steps: s, calls } = steps(100);
    const { environment, sleeps } = fakeEnvironment([0.999]);
    const policy = { maxAttempts: 100, maxElapsedMs: 100, baseDelayMs: 10, maxDelayMs: 1000 };
    await expect(updateWithRetry(s, policy, environment)).rejects.toBeInstanceOf(ConflictError);
    // Waits of ~10, ~20, ~40 (total ~70); the next (~80) would end past 100.
    expect(sleeps.map(Math.round)).toEqual([10, 20, 40]);
    expect(calls.save).toBe(4);
  });

  it('returns a rejection without saving', async () => {
    const { calls, steps: s } = steps(0);
    const r = await updateWithRetry({ ...s, apply: () => err('refused') });
    expect(r).toEqual(err('refused'));
    expect(calls.save).toBe(0);
  });

  it('does not retry other errors, and refuses invalid options before running', async () => {
    const { steps: s } = steps(0);
    let saves = 0;
    const failing = {
      ...s,
      save: async () => {
        saves += 1;
        throw new StorageUnavailableError('down');
      },
    };
    await expect(updateWithRetry(failing, { maxAttempts: 5 })).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
    expect(saves).toBe(1);
    await expect(updateWithRetry(s, { maxAttempts: 0 })).rejects.toBeInstanceOf(
      InvalidRequestError,
    );
  });
});
