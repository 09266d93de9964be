/**
 * @livewell/storage — the storage port (repositories scoped by tenant, update-with-version,
 * typed errors), the driver kit that builds the port over a small document-store interface,
 * and the in-memory reference adapter.
 *
 * @packageDocumentation
 */
export * from './driver/codec.js';
export * from './driver/create-store.js';
export * from './driver/cursor.js';
export * from './driver/driver.js';
export * from './driver/faults.js';
export * from './driver/retry.js';
export * from './memory/memory-driver.js';
export * from './memory/memory-store.js';
export * from './port/errors.js';
export * from './port/kinds.js';
export * from './port/pagination.js';
export * from './port/records.js';
export * from './port/repositories.js';
export * from './port/store.js';
