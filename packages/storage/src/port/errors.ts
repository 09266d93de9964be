/** The stable codes of every error the storage port throws. */
export type StorageErrorCode =
  | 'conflict'
  | 'not-found'
  | 'duplicate'
  | 'corrupt-record'
  | 'newer-record'
  | 'storage-unavailable'
  | 'invalid-request';

/** Where an error happened: the record kind (e.g. `care-plan`) and id, when known. */
export interface StorageErrorContext {
  readonly kind?: string | undefined;
  readonly id?: string | undefined;
  readonly cause?: unknown;
}

/**
 * The base of every error thrown across the storage port. Match on `code` (stable) and use
 * `retryable` to decide whether trying the same call again can succeed.
 */
export abstract class StorageError extends Error {
  abstract readonly code: StorageErrorCode;
  abstract readonly retryable: boolean;
  /** The record kind involved, e.g. `care-plan`, when known. */
  readonly kind: string | undefined;
  /** The record id involved, when known. */
  readonly id: string | undefined;

  constructor(message: string, context: StorageErrorContext = {}) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.name = new.target.name;
    this.kind = context.kind;
    this.id = context.id;
  }
}

/**
 * A write lost an optimistic-concurrency race: the stored version was not the one expected.
 * Retryable: reload, re-apply the change, save again (`update` does this itself, boundedly).
 */
export class ConflictError extends StorageError {
  readonly code = 'conflict' as const;
  readonly retryable = true;
  /** The version the writer expected to replace. */
  readonly expectedVersion: number | undefined;
  /** The version found in storage, when known (undefined if the record vanished). */
  readonly actualVersion: number | undefined;

  constructor(
    message: string,
    context: StorageErrorContext & { expectedVersion?: number; actualVersion?: number } = {},
  ) {
    super(message, context);
    this.expectedVersion = context.expectedVersion;
    this.actualVersion = context.actualVersion;
  }
}

/** The record does not exist in this tenant. Not retryable. */
export class NotFoundError extends StorageError {
  readonly code = 'not-found' as const;
  readonly retryable = false;
}

/** A record with this id already exists in this tenant (create/append of an existing id). Not retryable. */
export class DuplicateError extends StorageError {
  readonly code = 'duplicate' as const;
  readonly retryable = false;
}

/**
 * A record read back from storage failed its core schema (or could not be decoded). The stored
 * data needs repair or an upcaster; retrying cannot help. `issues` carries the parser's findings.
 */
export class CorruptRecordError extends StorageError {
  readonly code = 'corrupt-record' as const;
  readonly retryable = false;
  /** What the core parser reported, when the record decoded but did not validate. */
  readonly issues: readonly {
    readonly path: readonly (string | number)[];
    readonly message: string;
  }[];

  constructor(
    message: string,
    context: StorageErrorContext & {
      issues?: readonly { path: readonly (string | number)[]; message: string }[];
    } = {},
  ) {
    super(message, context);
    this.issues = context.issues ?? [];
  }
}

/**
 * Refused to save over a record this release cannot represent in full: it was written by a
 * newer release (a higher `schemaVersion`, or fields this release does not know). It was
 * readable, but saving this release's view of it would drop what it does not understand. Not
 * retryable: finish rolling the newer release out to every writer, then save from it.
 */
export class NewerRecordError extends StorageError {
  readonly code = 'newer-record' as const;
  readonly retryable = false;
}

/**
 * The store could not be reached or failed transiently (connection lost, timeout).
 * Nothing was committed by the failed call. Retryable. (Serialisation failures and deadlocks are
 * conflicts: adapters report them as `ConflictError`, which `update` retries.)
 */
export class StorageUnavailableError extends StorageError {
  readonly code = 'storage-unavailable' as const;
  readonly retryable = true;
}

/**
 * The call itself is wrong: a record that fails its schema on write, a record whose `tenantId`
 * differs from the handle's tenant, a malformed cursor or page size. A programmer mistake;
 * not retryable.
 */
export class InvalidRequestError extends StorageError {
  readonly code = 'invalid-request' as const;
  readonly retryable = false;
}

const storageErrorCodes: ReadonlySet<unknown> = new Set<StorageErrorCode>([
  'conflict',
  'not-found',
  'duplicate',
  'corrupt-record',
  'newer-record',
  'storage-unavailable',
  'invalid-request',
]);

/**
 * True for any error thrown by the storage port (any of the classes above). Also recognises
 * them by shape (`code` + `retryable`), so errors from a second copy of this package (ESM and
 * CJS loaded side by side) still count.
 */
export function isStorageError(error: unknown): error is StorageError {
  try {
    if (error instanceof StorageError) return true;
    return (
      error instanceof Error &&
      storageErrorCodes.has((error as { code?: unknown }).code) &&
      typeof (error as { retryable?: unknown }).retryable === 'boolean'
    );
  } catch {
    // A thrown value whose prototype or fields cannot be read (a hostile proxy) is not ours.
    return false;
  }
}

/** True for a {@link ConflictError} (from any copy of this package). */
export function isConflict(error: unknown): error is ConflictError {
  return isStorageError(error) && error.code === 'conflict';
}

/** True when `error` is a storage error whose `retryable` flag says trying again can help. */
export function isRetryable(error: unknown): boolean {
  return isStorageError(error) && error.retryable;
}
