import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  CorruptRecordError,
  DuplicateError,
  InvalidRequestError,
  isConflict,
  isRetryable,
  isStorageError,
  NewerRecordError,
  NotFoundError,
  StorageUnavailableError,
} from './errors.js';

describe('storage errors', () => {
  it('carry stable codes, retryability, names and context', () => {
    const table = [
      [
        new ConflictError('x', { kind: 'person', id: 'p1', expectedVersion: 1, actualVersion: 2 }),
        'conflict',
        true,
      ],
      [new NotFoundError('x'), 'not-found', false],
      [new DuplicateError('x'), 'duplicate', false],
      [
        new CorruptRecordError('x', { issues: [{ path: ['a'], message: 'bad' }] }),
        'corrupt-record',
        false,
      ],
      [
        new StorageUnavailableError('x', { cause: new RangeError('net') }),
        'storage-unavailable',
        true,
      ],
      [new InvalidRequestError('x'), 'invalid-request', false],
      [new NewerRecordError('x'), 'newer-record', false],
    ] as const;
    for (const [error, code, retryable] of table) {
      expect(error.code).toBe(code);
      expect(error.retryable).toBe(retryable);
      expect(error.name).toBe(error.constructor.name);
      expect(error).toBeInstanceOf(Error);
      expect(isStorageError(error)).toBe(true);
      expect(isRetryable(error)).toBe(retryable);
    }
    const conflict = table[0][0];
    expect([conflict.kind, conflict.id, conflict.expectedVersion, conflict.actualVersion]).toEqual([
      'person',
      'p1',
      1,
      2,
    ]);
    expect(table[4][0].cause).toBeInstanceOf(RangeError);
    expect(isStorageError(new Error('plain'))).toBe(false);
    const foreign = Object.assign(new Error('from another copy'), {
      code: 'conflict',
      retryable: true,
    });
    expect(isStorageError(foreign)).toBe(true);
    expect(isConflict(foreign)).toBe(true);
    expect(isConflict(new NotFoundError('x'))).toBe(false);
    expect(isRetryable('conflict')).toBe(false);
  });
});
