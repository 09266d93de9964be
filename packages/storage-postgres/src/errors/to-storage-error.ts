import {
  ConflictError,
  DuplicateError,
  InvalidRequestError,
  isStorageError,
  type StorageError,
  StorageUnavailableError,
} from '@livewell/storage';
import { classifyDatabaseError, messageOf } from './classify-error.js';

/** Which record a failed statement was about, for the error's context. */
export interface ErrorSubject {
  readonly kind?: string;
  readonly id?: string;
}

/**
 * Translates a driver error (node-postgres or PGlite) into the port's typed errors: serialisation
 * failures and deadlocks → `ConflictError` (retryable); unique violations → `DuplicateError`;
 * lost, refused or timed-out connections → `StorageUnavailableError` (retryable); rejected data →
 * `InvalidRequestError`; anything else → `StorageUnavailableError`. Storage errors pass through.
 */
export function toStorageError(error: unknown, subject: ErrorSubject = {}): StorageError {
  if (isStorageError(error)) return error;
  const context = { ...subject, cause: error };
  const message = typeof error === 'string' ? '' : messageOf(error);
  const detail = message ? `: ${message}` : '';
  switch (classifyDatabaseError(error)) {
    case 'conflict':
      return new ConflictError(
        `The database rolled the write back (serialisation failure or deadlock)${detail}`,
        context,
      );
    case 'duplicate':
      return new DuplicateError(`A record with this key already exists${detail}`, context);
    case 'invalid':
      return new InvalidRequestError(`The database rejected the statement${detail}`, context);
    case 'unavailable':
      return new StorageUnavailableError(`The database is unavailable${detail}`, context);
    default:
      return new StorageUnavailableError(`The database call failed${detail}`, context);
  }
}
