import type { TenantId } from '@livewell/core';
import type { DriverSession, MemoryDriver, StorageDriver } from '@livewell/storage/driver';

/** Wraps every session of a driver with `change`. */
export function mapSessions(
  driver: StorageDriver,
  change: (session: DriverSession, tenantId: TenantId) => DriverSession,
): StorageDriver {
  return {
    run: (tenantId, mode, fn) => driver.run(tenantId, mode, (s) => fn(change(s, tenantId))),
    close: () => driver.close(),
  };
}

/** Ignores the expected version: every replace wins (lost updates). */
export const noVersionCheck = (driver: MemoryDriver): StorageDriver =>
  mapSessions(driver, (s) => ({
    ...s,
    replace: async (collection, row) => {
      const current = await s.get(collection, row.id);
      return s.replace(collection, row, current?.version ?? 0);
    },
  }));

/** Commits whatever was written before a failure, then rethrows (no rollback). */
export const noRollback = (driver: MemoryDriver): StorageDriver => ({
  run: async (tenantId, mode, fn) => {
    let failure: { error: unknown } | undefined;
    const result = await driver.run(tenantId, mode, async (s) => {
      try {
        return await fn(s);
      } catch (error) {
        failure = { error };
        return undefined;
      }
    });
    if (failure !== undefined) throw failure.error;
    return result as Awaited<ReturnType<typeof fn>>;
  },
  close: () => driver.close(),
});

/** Keys rows by a tenant prefix only (the keyv#2147 bug): `t1` and `t10` share data. */
export const prefixTenancy = (driver: MemoryDriver): StorageDriver => ({
  run: (tenantId, mode, fn) => driver.run(tenantId.slice(0, 3) as TenantId, mode, fn),
  close: () => driver.close(),
});

/** Returns pages in reverse order. */
export const reversedLists = (driver: MemoryDriver): StorageDriver =>
  mapSessions(driver, (s) => ({
    ...s,
    list: async (c, q) =>
      [...(await s.list(c, { ...q, limit: 100_000 }))].reverse().slice(0, q.limit),
  }));

const truncate = (value: unknown): unknown =>
  typeof value === 'string'
    ? value.slice(0, 5000)
    : Array.isArray(value)
      ? value.map(truncate)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, truncate(v)]))
        : value;

/** Truncates long text on write (a VARCHAR(5000) column). */
export const truncatingText = (driver: MemoryDriver): StorageDriver =>
  mapSessions(driver, (s) => ({
    ...s,
    insert: (c, row) => s.insert(c, { ...row, doc: truncate(row.doc) }),
    ...(s.insertMany && {
      insertMany: (c: string, rows: Parameters<NonNullable<DriverSession['insertMany']>>[1]) =>
        s.insertMany!(
          c,
          rows.map((row) => ({ ...row, doc: truncate(row.doc) })),
        ),
    }),
    replace: (c, row, v) => s.replace(c, { ...row, doc: truncate(row.doc) }, v),
  }));

/** Ignores the person and parent filters of listings. */
export const ignoresFilters = (driver: MemoryDriver): StorageDriver =>
  mapSessions(driver, (s) => ({
    ...s,
    list: (c, { personId: _p, parentId: _q, ...rest }) => s.list(c, rest),
  }));
