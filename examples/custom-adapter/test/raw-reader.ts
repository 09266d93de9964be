import { readFile } from 'node:fs/promises';
import type { RawReader } from '@livewell/storage-testkit';
import { replay } from '../src/log-format.js';

/** Reads the log file itself (not the driver's index), replaying it to what is on disk now. */
export function logFileReader(path: string): RawReader {
  const rows = async (tenant: string, kind: string) => {
    const state = replay(await readFile(path, 'utf8'));
    return [...(state.tables.get(tenant)?.get(kind)?.values() ?? [])];
  };
  return {
    record: async (tenant, kind, id) => {
      const row = (await rows(tenant, kind)).find((r) => r.id === id);
      return row === undefined ? undefined : { doc: row.doc, version: row.version };
    },
    records: async (tenant, kind) =>
      (await rows(tenant, kind)).map((r) => ({ doc: r.doc, version: r.version })),
  };
}
