import { isStorageError } from '@livewell/storage';

/** How a call ended: accepted, refused with the entry point's typed error, or neither. */
export type Outcome =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'rejected'; readonly code: string }
  | { readonly kind: 'malformed'; readonly why: string };

/**
 * What "typed error" means for an entry point:
 * - `result`: returns a `Result` — `{ ok: true, value }` or `{ ok: false, error: { code } }`.
 * - `async-result`: resolves to such a `Result` (a rejected promise is a throw).
 * - `total`: always returns a value of its own type (an empty list, `false`…); never refuses.
 * - `storage-error`: throws (or rejects with) a `StorageError` with a stable `code`; the storage
 *   port's documented way to refuse. Anything else thrown is a failure.
 */
export type TypedError = 'result' | 'async-result' | 'total' | 'storage-error';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Reads a returned value as a `Result`. */
export function resultOutcome(value: unknown): Outcome {
  if (!isRecord(value)) return { kind: 'malformed', why: `returned ${typeof value}, not a Result` };
  if (value.ok === true) {
    return 'value' in value
      ? { kind: 'accepted' }
      : { kind: 'malformed', why: 'ok result without a value' };
  }
  if (value.ok === false) {
    const error = value.error;
    if (isRecord(error) && typeof error.code === 'string' && error.code !== '') {
      return { kind: 'rejected', code: error.code };
    }
    return { kind: 'malformed', why: 'failed result without an error code' };
  }
  return { kind: 'malformed', why: 'returned an object that is not a Result' };
}

/** A `StorageError` thrown by a `storage-error` entry point is its typed refusal. */
export function thrownOutcome(typed: TypedError, thrown: unknown): Outcome | undefined {
  if (typed === 'storage-error' && isStorageError(thrown)) {
    return { kind: 'rejected', code: thrown.code };
  }
  return undefined;
}

/** Classifies what a call returned (already awaited for async entry points). */
export function returnedOutcome(typed: TypedError, value: unknown): Outcome {
  switch (typed) {
    case 'result':
    case 'async-result':
      return resultOutcome(value);
    case 'total':
    case 'storage-error':
      return { kind: 'accepted' };
  }
}
