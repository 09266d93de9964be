import { isStorageError } from '@livewell/storage';
import { describe, expect, it } from 'vitest';
import { classifyDatabaseError, sqlStateOf } from './classify-error.js';
import { toStorageError } from './to-storage-error.js';

/** Regression (fuzz): a thrown value that cannot be read (a hostile proxy) made these throw. */
describe('classifying a thrown value that cannot be read', () => {
  const hostile = new Proxy(
    {},
    {
      get: () => {
        throw new Error('hostile');
      },
      getPrototypeOf: () => {
        throw new Error('hostile');
      },
    },
  );
  it('is unknown, has no SQLSTATE, and becomes a StorageUnavailableError', () => {
    expect(sqlStateOf(hostile)).toBeUndefined();
    expect(classifyDatabaseError(hostile)).toBe('unknown');
    const error = toStorageError(hostile);
    expect(isStorageError(error)).toBe(true);
    expect(error.code).toBe('storage-unavailable');
  });
});
