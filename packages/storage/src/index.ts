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
  NewerRecordError,
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
export type { ReadProblem } from './port/read-problem.js';
export {
  defineKind,
  type RecordKind,
  type RecordReader,
  type StoredEvent,
  type StoredRecord,
  type Versioned,
} from './port/records.js';
export type {
  AppendOnlyRepository,
  CommandOptions,
  DirectoryRepository,
  EnrolmentRepository,
  EventSourcedRepository,
  PersonIndexed,
  PersonRecordRepository,
  RecordLookup,
  SnapshotChange,
  SnapshotUpdateFn,
  SnapshotUpdateOptions,
  SnapshotWrite,
  SubjectAppendOnlyRepository,
  SubjectIndexed,
  UpdateContext,
  UpdateFn,
  UpdateOptions,
  VersionedRepository,
} from './port/repositories.js';
export {
  DEFAULT_RETRY,
  type RetryEnvironment,
  type RetryOptions,
  type RetryPolicy,
} from './port/retry-options.js';
export type {
  CarePlanRepository,
  ErasureReport,
  ErasureRequest,
  ImprovementRepository,
  PersonExport,
  PractitionerErasureReport,
  PractitionerExport,
  PractitionerPlaceRepository,
  ReferralRepository,
  Repositories,
  SessionPlacesRepository,
  SnapshotWithEvents,
  Store,
  TaskRepository,
  TenantStore,
} from './port/store.js';
