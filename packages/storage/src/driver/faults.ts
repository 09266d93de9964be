import type { DriverSession, StorageDriver } from './driver.js';

/** A write about to be made, as reported to a {@link FaultInjector}. */
export interface WriteOperation {
  readonly collection: string;
  readonly action: 'insert' | 'replace' | 'remove';
}

/**
 * Test hook for atomicity checks: called before every write (an `insertMany` is one write,
 * reported as an `insert`); throws (usually a
 * `StorageUnavailableError`) to simulate a failure between two writes of one unit. The testkit
 * hands one to your adapter factory; production code never creates one.
 */
export interface FaultInjector {
  beforeWrite(operation: WriteOperation): void;
}

function faultySession(session: DriverSession, faults: FaultInjector): DriverSession {
  const { insertMany, changes } = session;
  return {
    ...(changes === undefined
      ? {}
      : { changes: (collection, after, limit) => changes.call(session, collection, after, limit) }),
    ...(insertMany === undefined
      ? {}
      : {
          insertMany: async (collection, rows) => {
            faults.beforeWrite({ collection, action: 'insert' });
            return insertMany.call(session, collection, rows);
          },
        }),
    get: (collection, id) => session.get(collection, id),
    list: (collection, query) => session.list(collection, query),
    insert: async (collection, row) => {
      faults.beforeWrite({ collection, action: 'insert' });
      return session.insert(collection, row);
    },
    replace: async (collection, row, expectedVersion) => {
      faults.beforeWrite({ collection, action: 'replace' });
      return session.replace(collection, row, expectedVersion);
    },
    remove: async (collection, filter) => {
      faults.beforeWrite({ collection, action: 'remove' });
      return session.remove(collection, filter);
    },
  };
}

/**
 * Wraps a driver so `faults.beforeWrite` runs before each write — a decorator for tests, so
 * fault injection never touches the driver's own code paths.
 */
export function withFaultInjection(driver: StorageDriver, faults: FaultInjector): StorageDriver {
  return {
    run: (tenantId, mode, fn) =>
      driver.run(tenantId, mode, (session) => fn(faultySession(session, faults))),
    close: () => driver.close(),
  };
}
