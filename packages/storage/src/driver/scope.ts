import type { TenantId } from '@livewell/core';
import type { DriverSession, StorageDriver, UnitMode } from './driver.js';

/**
 * How repositories reach the driver: outside a transaction each call is its own unit of work;
 * inside one, every call shares the transaction's session.
 */
export interface Scope {
  readonly tenantId: TenantId;
  /** True inside `transaction`: `update` then makes one attempt and lets conflicts abort. */
  readonly inTransaction: boolean;
  run<T>(mode: UnitMode, fn: (session: DriverSession) => Promise<T>): Promise<T>;
}

/** A scope where every call is its own unit of work on the driver. */
export function driverScope(driver: StorageDriver, tenantId: TenantId): Scope {
  return {
    tenantId,
    inTransaction: false,
    run: (mode, fn) => driver.run(tenantId, mode, fn),
  };
}

/** A scope bound to one open transaction's session. */
export function transactionScope(tenantId: TenantId, session: DriverSession): Scope {
  return { tenantId, inTransaction: true, run: (_mode, fn) => fn(session) };
}
