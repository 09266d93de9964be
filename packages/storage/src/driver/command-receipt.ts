import type { TenantId } from '@livewell/core';
import { ConflictError, CorruptRecordError, InvalidRequestError } from '../port/errors.js';
import type { RecordKind, StoredEvent, StoredRecord } from '../port/records.js';
import type { SnapshotWrite } from '../port/repositories.js';
import { fromDoc } from './codec.js';
import type { DriverRow, RowInput } from './driver.js';

/**
 * The collection command receipts are stored in: one row per idempotency key (`commandId`),
 * written in the same unit of work as the snapshot and events the command produced, so a
 * command is either applied with its receipt or not at all. Drivers store it like any other
 * collection; erasure removes a person's receipts with their records.
 */
export const COMMAND_RECEIPTS = 'command-receipt';

/** What a receipt row holds: which record the command changed and the result it returned. */
interface ReceiptDoc {
  readonly schemaVersion: 1;
  readonly commandId: string;
  readonly tenantId: string;
  /** The snapshot's storage name, e.g. `care-plan`. */
  readonly collection: string;
  readonly recordId: string;
  readonly version: number;
  readonly snapshot: unknown;
  readonly events: readonly unknown[];
}

const COMMAND_ID = /^[\x21-\x7e]{1,200}$/;

/** Checks an idempotency key: 1–200 printable ASCII characters (a UUID, a ULID, `req-42`…). */
export function checkCommandId(commandId: string): string {
  if (typeof commandId !== 'string' || !COMMAND_ID.test(commandId)) {
    throw new InvalidRequestError(
      'A commandId must be 1 to 200 printable ASCII characters without spaces.',
    );
  }
  return commandId;
}

/** The receipt row for a command whose write produced `written`. */
export function receiptRow<K extends string, S extends StoredRecord, E>(
  key: K,
  snapshotKind: RecordKind<S>,
  commandId: string,
  written: SnapshotWrite<K, S, E>,
  personId: string | null,
): RowInput {
  const snapshot = written[key];
  const doc: ReceiptDoc = {
    schemaVersion: 1,
    commandId,
    tenantId: snapshot.record.tenantId,
    collection: snapshotKind.name,
    recordId: snapshot.record.id,
    version: snapshot.version,
    snapshot: snapshot.record,
    events: written.events.map((e) => e.event),
  };
  return { id: commandId, personId, parentId: snapshot.record.id, doc };
}

const isReceipt = (doc: unknown): doc is ReceiptDoc => {
  if (typeof doc !== 'object' || doc === null) return false;
  const r = doc as Record<string, unknown>;
  return (
    typeof r.commandId === 'string' &&
    typeof r.collection === 'string' &&
    typeof r.recordId === 'string' &&
    Number.isSafeInteger(r.version) &&
    Array.isArray(r.events)
  );
};

/**
 * The original result of an already committed command, rebuilt from its receipt. A receipt of
 * the same `commandId` for another record (or kind) means the key was reused for a different
 * command: `InvalidRequestError`.
 */
export function replayReceipt<K extends string, S extends StoredRecord, E extends StoredRecord>(
  kinds: { key: K; snapshot: RecordKind<S>; event: RecordKind<E> },
  tenantId: TenantId,
  recordId: string | undefined,
  row: DriverRow,
): SnapshotWrite<K, S, E> {
  const doc = row.doc;
  if (!isReceipt(doc)) {
    throw new CorruptRecordError(`Stored command receipt ${row.id} cannot be read.`, {
      kind: COMMAND_RECEIPTS,
      id: row.id,
    });
  }
  if (
    doc.collection !== kinds.snapshot.name ||
    (recordId !== undefined && doc.recordId !== recordId)
  ) {
    throw new InvalidRequestError(
      `commandId ${row.id} was already used for ${doc.collection} ${doc.recordId}.`,
      { kind: COMMAND_RECEIPTS, id: row.id },
    );
  }
  const record = fromDoc(kinds.snapshot, tenantId, doc.recordId, doc.snapshot);
  const events = doc.events.map(
    (event, index): StoredEvent<E> => ({
      version: doc.version,
      index,
      event: fromDoc(kinds.event, tenantId, `${doc.recordId}/${doc.version}/${index}`, event),
    }),
  );
  return { [kinds.key]: { record, version: doc.version }, events } as SnapshotWrite<K, S, E>;
}

/**
 * A receipt insert that found the key taken: the same command committed concurrently. Reported
 * as a conflict so `update` reloads, finds the receipt and returns the original result.
 */
export const concurrentCommand = (commandId: string): ConflictError =>
  new ConflictError(`Command ${commandId} was committed concurrently.`, {
    kind: COMMAND_RECEIPTS,
    id: commandId,
  });
