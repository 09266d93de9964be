import type { MemoryDriver } from '@livewell/storage/driver';
import type { RawReader } from './harness.js';

/**
 * A {@link RawReader} over the in-memory reference driver's own rows (bypassing the store), for
 * running the suite against the reference adapter.
 */
export function memoryRawReader(driver: MemoryDriver): RawReader {
  return {
    record: async (tenantId, kind, id) => {
      const row = driver.rows(tenantId, kind).find((r) => r.id === id);
      return row === undefined ? undefined : { doc: row.doc, version: row.version };
    },
    records: async (tenantId, kind) =>
      driver.rows(tenantId, kind).map((row) => ({ doc: row.doc, version: row.version })),
  };
}
