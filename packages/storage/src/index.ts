/**
 * @livewell/storage — the storage port applications use: repositories scoped by tenant,
 * update-with-version, typed errors, and the in-memory reference adapter. Adapter authors find
 * the driver kit (`createStore`, the `StorageDriver` SPI, codec, cursors) in
 * `@livewell/storage/driver`.
 *
 * @packageDocumentation
 */
export type { CreateStoreOptions } from './driver/create-store.js';
export { createMemoryStore } from './memory/memory-store.js';
export {
  ConflictError,
  CorruptRecordError,
  DuplicateError,
  InvalidRequestError,
  isConflict,
  isRetryable,
  isStorageError,
  NotFoundError,
  StorageError,
  type StorageErrorCode,
  type StorageErrorContext,
  StorageUnavailableError,
} from './port/errors.js';
export {
  type RecordKindName,
  type RecordKinds,
  type RecordOf,
  type RecordReaders,
  recordKindNames,
  recordKinds,
} from './port/kinds.js';
export {
  type ChangeBatch,
  type ChangeCursor,
  type Cursor,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type Page,
  type PageRequest,
} from './port/pagination.js';
export {
  defineKind,
  type RecordKind,
  type RecordReader,
  type StoredEvent,
  type StoredRecord,
  type Versioned,
} from './port/records.js';
export {
  type AppendOnlyRepository,
  type CommandOptions,
  DEFAULT_UPDATE_ATTEMPTS,
  type DirectoryRepository,
  type EnrolmentRepository,
  type EventSourcedRepository,
  type PersonIndexed,
  type PersonRecordRepository,
  type RecordLookup,
  type SnapshotChange,
  type SnapshotUpdateFn,
  type SnapshotUpdateOptions,
  type SnapshotWrite,
  type UpdateContext,
  type UpdateFn,
  type UpdateOptions,
  type VersionedRepository,
} from './port/repositories.js';
export type {
  CarePlanRepository,
  ErasureReport,
  ErasureRequest,
  PersonExport,
  ReferralRepository,
  Repositories,
  SnapshotWithEvents,
  Store,
  TenantStore,
} from './port/store.js';
