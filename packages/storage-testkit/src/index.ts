/**
 * @livewell/storage-testkit — the conformance suite storage adapter authors run against their
 * adapter: round-trips, versions and contended writes, atomicity with injected faults, tenancy
 * isolation, pagination under concurrent inserts, hostile strings, subject access, an optional
 * live-schema check, and a model-based run against the in-memory reference adapter.
 *
 * @packageDocumentation
 */

export type { TestApi } from './conformance/context.js';
export * from './describe.js';
export * from './fault-switch.js';
export * from './fixtures.js';
export * from './harness.js';
export * from './memory-raw-reader.js';
