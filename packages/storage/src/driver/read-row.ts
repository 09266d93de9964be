import type { RecordKind, StoredRecord, Versioned } from '../port/records.js';
import { decodeRow } from './codec.js';
import type { DriverRow } from './driver.js';
import type { Scope } from './scope.js';

/**
 * Reads a versioned row for a repository, noting in the store's {@link NewerRecords} whether it
 * is a lossy view of a newer record, so a later save over that version is refused.
 */
export function readVersioned<T extends StoredRecord>(
  kind: RecordKind<T>,
  scope: Scope,
  row: DriverRow,
): Versioned<T> {
  const { versioned, newer } = decodeRow(kind, scope.tenantId, row);
  scope.newer.note(scope.tenantId, kind.name, row.id, row.version, newer);
  return versioned;
}
