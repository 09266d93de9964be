import type { RecordKindName, Store } from '@livewell/storage';
import type { FaultInjector } from '@livewell/storage/driver';

/**
 * What a raw reader is asked for: a record kind's storage name, or `command-receipt`, the
 * collection of idempotency receipts (`COMMAND_RECEIPTS` in `@livewell/storage/driver`).
 */
export type StoredCollection = RecordKindName | 'command-receipt';

/** A stored record as read directly from the underlying store, bypassing the adapter. */
export interface RawRecord {
  /** The stored document, decoded from the store's own format (JSON text, JSONB, …). */
  readonly doc: unknown;
  /** The storage version kept beside it, when the kind is versioned. */
  readonly version?: number;
}

/**
 * Reads what actually reached storage, without going through the adapter, so the suite can
 * check writes really happened (and failed writes really did not).
 */
export interface RawReader {
  /** One record of a kind by id in one tenant, or `undefined`. Not used for event kinds. */
  record(tenantId: string, kind: StoredCollection, id: string): Promise<RawRecord | undefined>;
  /** Every stored record of a kind in one tenant, any order (for event kinds: the events). */
  records(tenantId: string, kind: StoredCollection): Promise<readonly RawRecord[]>;
}

/** What the factory returns for one test: a fresh store, its raw reader, and cleanup. */
export interface AdapterHarness {
  readonly store: Store;
  readonly raw: RawReader;
  /** Called after the test (close the store, drop the database, delete the file). */
  dispose?(): Promise<void>;
}

/** Handed to the factory: hooks the suite needs wired into the adapter for one test. */
export interface ConformanceContext {
  /**
   * Call `faults.beforeWrite(op)` before every write your adapter makes (for a driver built
   * with `createStore`, wrap it: `withFaultInjection(driver, faults)`). It does nothing unless
   * an atomicity test arms it.
   */
  readonly faults: FaultInjector;
}

/** What the adapter declares it supports; undeclared features are reported as skipped, never silently. */
export interface AdapterCapabilities {
  /** The factory wires `context.faults` into every write (needed for the atomicity tests). */
  readonly faultInjection: boolean;
  /**
   * Calls really run concurrently (separate connections). When false (single-threaded stores),
   * the contention tests still run and check the same invariants.
   */
  readonly concurrentWriters?: boolean;
}

/** Options for {@link describeAdapterConformance}. */
export interface ConformanceOptions {
  /** Makes a fresh, empty store for one test. */
  create(context: ConformanceContext): Promise<AdapterHarness>;
  readonly capabilities: AdapterCapabilities;
  /**
   * For SQL adapters: compares the live schema (information_schema) with what the migrations
   * declare and returns the differences, one human-readable line each; `[]` when they match.
   */
  schemaCheck?(): Promise<readonly string[]>;
  /** Runs per property test (default 15). */
  readonly numRuns?: number;
  /**
   * The seed of every property test (default: a fresh one per suite). A failing property
   * prints it (`conformance seed: …`); pass it here to replay exactly the same inputs.
   */
  readonly seed?: number;
  /** Parallel writers in the contention tests (default 8). */
  readonly writers?: number;
  /** Per-test timeout in ms (default 60 000). */
  readonly timeout?: number;
}
