/**
 * @livewell/storage-testkit — the conformance suite storage adapter authors run against their
 * adapter: round-trips, versions and contended writes, atomicity with injected faults, tenancy
 * isolation, pagination under concurrent inserts, hostile strings, subject access, an optional
 * live-schema check, and a model-based run against the in-memory reference adapter.
 *
 * @packageDocumentation
 */
export type { TestApi } from './conformance/context.js';
export { defineAdapterConformance, describeAdapterConformance } from './describe.js';
export { FaultSwitch } from './fault-switch.js';
export { hostileStrings, make, megabyteText, recordArbs, sampleOne } from './fixtures.js';
export type {
  AdapterCapabilities,
  AdapterHarness,
  ConformanceContext,
  ConformanceOptions,
  RawReader,
  RawRecord,
  StoredCollection,
} from './harness.js';
export { memoryRawReader } from './memory-raw-reader.js';
