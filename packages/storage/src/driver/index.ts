/**
 * @livewell/storage/driver — the kit for adapter authors: the `StorageDriver` SPI that
 * `createStore` builds the whole port over, the row codec, cursors, update-with-retry, the fault
 * hook the testkit uses, and the in-memory reference driver. Applications need only the root
 * entry (`@livewell/storage`).
 *
 * @packageDocumentation
 */
export { MemoryDriver } from '../memory/memory-driver.js';
export { withReaders } from '../port/kinds.js';
export { retryDelay, retryPolicy, systemRetryEnvironment } from './backoff.js';
export {
  type DecodedRecord,
  type DecodedRow,
  decodeDoc,
  decodeRow,
  fromDoc,
  fromRow,
  toRow,
  type ValidatedRow,
  written,
} from './codec.js';
export { COMMAND_RECEIPTS } from './command-receipt.js';
export { createStore } from './create-store.js';
export {
  decodeChangeCursor,
  decodeCursor,
  encodeChangeCursor,
  encodeCursor,
  pageSize,
} from './cursor.js';
export { type Decoded, decodeEach, readProblem } from './decode-each.js';
export type {
  ChangeRow,
  DriverRow,
  DriverSession,
  RowFilter,
  RowInput,
  RowQuery,
  StorageDriver,
  UnitMode,
} from './driver.js';
export { type FaultInjector, type WriteOperation, withFaultInjection } from './faults.js';
export { hasUnknownFields, type NewerReason, readForward } from './forward-compat.js';
export { type UpdateSteps, updateWithRetry } from './retry.js';
export { CODEC_STAMP } from './stamp.js';
