import type { TenantId } from '@livewell/core';
import type { RetryEnvironment, RetryPolicy } from '../port/retry-options.js';
import type { DriverSession, StorageDriver, UnitMode } from './driver.js';
import type { NewerRecords } from './newer-records.js';

/** The store's retry defaults and clock, shared by every repository of a store. */
export interface RetrySettings {
  readonly defaults: RetryPolicy;
  readonly environment: RetryEnvironment;
}

/**
 * How repositories reach the driver: outside a transaction each call is its own unit of work;
 * inside one, every call shares the transaction's session.
 */
export interface Scope {
  readonly tenantId: TenantId;
  /** True inside `transaction`: `update` then makes one attempt and lets conflicts abort. */
  readonly inTransaction: boolean;
  readonly retry: RetrySettings;
  /** The store's memory of records read as lossy views of newer ones. */
  readonly newer: NewerRecords;
  run<T>(mode: UnitMode, fn: (session: DriverSession) => Promise<T>): Promise<T>;
}

/** A scope where every call is its own unit of work on the driver. */
export function driverScope(
  driver: StorageDriver,
  tenantId: TenantId,
  retry: RetrySettings,
  newer: NewerRecords,
): Scope {
  return {
    tenantId,
    inTransaction: false,
    retry,
    newer,
    run: (mode, fn) => driver.run(tenantId, mode, fn),
  };
}

/** A scope bound to one open transaction's session. */
export function transactionScope(
  tenantId: TenantId,
  session: DriverSession,
  retry: RetrySettings,
  newer: NewerRecords,
): Scope {
  return { tenantId, inTransaction: true, retry, newer, run: (_mode, fn) => fn(session) };
}
