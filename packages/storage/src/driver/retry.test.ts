import { err, ok } from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConflictError, InvalidRequestError, StorageUnavailableError } from '../port/errors.js';
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

describe('updateWithRetry', () => {
  it('retries only conflicts, reloading each time, up to maxAttempts in total (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(6), fc.integer({ min: 1, max: 6 }), async (conflicts, max) => {
        const { calls, steps: s } = steps(conflicts);
        const run = updateWithRetry(s, max);
        if (conflicts < max) {
          expect(await run).toEqual(ok(conflicts + 100));
          expect(calls.apply).toEqual(Array.from({ length: conflicts + 1 }, (_, i) => i + 1));
        } else {
          await expect(run).rejects.toBeInstanceOf(ConflictError);
          expect(calls.save).toBe(max);
        }
        expect(calls.load).toBe(calls.apply.length);
      }),
    );
  });

  it('returns a rejection without saving', async () => {
    const { calls, steps: s } = steps(0);
    const r = await updateWithRetry({ ...s, apply: () => err('refused') });
    expect(r).toEqual(err('refused'));
    expect(calls.save).toBe(0);
  });

  it('does not retry other errors', async () => {
    const { steps: s } = steps(0);
    let saves = 0;
    const failing = {
      ...s,
      save: async () => {
        saves += 1;
        throw new StorageUnavailableError('down');
      },
    };
    await expect(updateWithRetry(failing, 5)).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(saves).toBe(1);
    await expect(updateWithRetry(s, 0)).rejects.toBeInstanceOf(InvalidRequestError);
  });
});
