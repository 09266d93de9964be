import type { StorageErrorCode } from '@livewell/storage';
import type { TestApi } from './context.js';

/** Awaits `promise` and checks it rejects with a storage error of `code` and the right `retryable`. */
export async function expectStorageError(
  t: TestApi,
  promise: Promise<unknown>,
  code: StorageErrorCode,
): Promise<void> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  t.expect(caught, `expected a ${code} error, but the call succeeded`).toBeDefined();
  const e = caught as { code?: unknown; retryable?: unknown; name?: unknown };
  t.expect({ code: e.code, retryable: e.retryable }).toEqual({
    code,
    retryable: code === 'conflict' || code === 'storage-unavailable',
  });
  t.expect(caught).toBeInstanceOf(Error);
}
