import type { TenantId } from '@livewell/core';
import { CorruptRecordError, InvalidRequestError } from '../port/errors.js';
import type { RecordKind, StoredRecord, Versioned } from '../port/records.js';
import type { DriverRow, RowInput } from './driver.js';
import { type NewerReason, readForward } from './forward-compat.js';
import { CODEC_STAMP } from './stamp.js';

/** The record's id for an error message, if it can be read at all (the record was refused). */
function idOf(record: unknown): string | undefined {
  try {
    const id: unknown =
      typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The fields of a driver's row, read once: a row that cannot be read at all is corrupt. */
function readRow(
  kind: string,
  row: DriverRow,
): Pick<DriverRow, 'id' | 'version' | 'doc'> & { stamp: string | undefined } {
  let read: Pick<DriverRow, 'id' | 'version' | 'doc'> & { stamp: string | undefined };
  try {
    read = { id: row.id, version: row.version, doc: row.doc, stamp: row.stamp };
  } catch {
    throw new CorruptRecordError(`A stored ${kind} row could not be read.`, { kind });
  }
  // The id goes into every later message: a row whose id is not text is unreadable here.
  if (typeof read.id !== 'string') {
    throw new CorruptRecordError(`A stored ${kind} row has no readable id.`, { kind });
  }
  return read;
}

/** A row ready to write whose document is the record as its core parser returned it. */
export interface ValidatedRow<T> extends RowInput {
  readonly doc: T;
  /** Always {@link CODEC_STAMP}: the document passed this release's parser. */
  readonly stamp: string;
}

/**
 * Validates a record before it is written: it must pass its kind's core parser and belong to the
 * handle's tenant. Returns the row to store (the parsed, canonical record as the document).
 */
export function toRow<T extends StoredRecord>(
  kind: RecordKind<T>,
  tenantId: TenantId,
  record: T,
): ValidatedRow<T> {
  const parsed = kind.parse(record);
  if (!parsed.ok) {
    throw new InvalidRequestError(
      `Refusing to store an invalid ${kind.name}: ${parsed.error.message}`,
      {
        kind: kind.name,
        id: idOf(record),
      },
    );
  }
  const value = parsed.value;
  if (value.tenantId !== tenantId) {
    throw new InvalidRequestError(
      `The ${kind.name} belongs to another tenant than this store handle.`,
      { kind: kind.name, id: value.id },
    );
  }
  return {
    id: value.id,
    personId: kind.personIdOf?.(value) ?? null,
    parentId: kind.parentIdOf?.(value) ?? null,
    doc: value,
    stamp: CODEC_STAMP,
  };
}

/** A record read from storage and, when it is a lossy view of a newer record, why. */
export interface DecodedRecord<T> {
  readonly record: T;
  readonly newer?: NewerReason;
}

/**
 * Reads a document from storage with the kind's reader (its core parser unless an upcasting
 * reader was installed). A document from a newer release (higher `schemaVersion`, or fields the
 * reader drops) is readable and reported as `newer`; anything that cannot be read, or names
 * another tenant than the row it came from, is a `CorruptRecordError`.
 */
export function decodeDoc<T extends StoredRecord>(
  kind: RecordKind<T>,
  tenantId: TenantId,
  id: string,
  doc: unknown,
  stamp?: string,
): DecodedRecord<T> {
  if (stamp === CODEC_STAMP) {
    const trusted = vouchedFor<T>(doc, tenantId);
    if (trusted !== undefined) return { record: trusted };
  }
  const parsed = readForward(kind.read ?? kind.parse, doc);
  if (!parsed.ok) {
    throw new CorruptRecordError(
      `Stored ${kind.name} ${id} cannot be read: ${parsed.error.message}`,
      {
        kind: kind.name,
        id,
        issues: parsed.error.issues ?? [{ path: [], message: parsed.error.message }],
      },
    );
  }
  if (parsed.value.tenantId !== tenantId) {
    throw new CorruptRecordError(`Stored ${kind.name} ${id} names another tenant.`, {
      kind: kind.name,
      id,
    });
  }
  return parsed.newer === undefined
    ? { record: parsed.value }
    : { record: parsed.value, newer: parsed.newer };
}

/**
 * A document the driver vouches this release wrote (stamped {@link CODEC_STAMP} and unchanged
 * since): it passed the kind's parser on the way in, so it is taken as is once the cheap checks
 * hold — a plain object naming this tenant. (`decodeRow` still checks the row's id.) Anything
 * else answers undefined and is parsed in full, so it is reported exactly as before.
 */
function vouchedFor<T extends StoredRecord>(doc: unknown, tenantId: TenantId): T | undefined {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return undefined;
  const record = doc as Partial<StoredRecord>;
  if (record.tenantId !== tenantId || typeof record.schemaVersion !== 'number') return undefined;
  if (typeof record.id !== 'string') return undefined;
  return doc as T;
}

/** {@link decodeDoc}, answering the record only. */
export function fromDoc<T extends StoredRecord>(
  kind: RecordKind<T>,
  tenantId: TenantId,
  id: string,
  doc: unknown,
  stamp?: string,
): T {
  return decodeDoc(kind, tenantId, id, doc, stamp).record;
}

/**
 * The versioned record a write returns: the document `toRow` already parsed (so it is not
 * parsed a second time) at the version the driver stored it.
 */
export const written = <T>(row: ValidatedRow<T>, saved: DriverRow): Versioned<T> => ({
  record: row.doc,
  version: saved.version,
});

/** A versioned record read from a row and, when it is a lossy view of a newer record, why. */
export interface DecodedRow<T> {
  readonly versioned: Versioned<T>;
  readonly newer?: NewerReason;
}

/** Reads a row (see {@link decodeDoc}); the row id must match the record's. */
export function decodeRow<T extends StoredRecord>(
  kind: RecordKind<T>,
  tenantId: TenantId,
  row: DriverRow,
): DecodedRow<T> {
  const read = readRow(kind.name, row);
  const { record, newer } = decodeDoc(kind, tenantId, read.id, read.doc, read.stamp);
  if (record.id !== read.id) {
    throw new CorruptRecordError(`Stored ${kind.name} ${read.id} carries id ${record.id}.`, {
      kind: kind.name,
      id: read.id,
    });
  }
  const versioned = { record, version: read.version };
  return newer === undefined ? { versioned } : { versioned, newer };
}

/** Reads a versioned record from a row (see {@link decodeRow}). */
export function fromRow<T extends StoredRecord>(
  kind: RecordKind<T>,
  tenantId: TenantId,
  row: DriverRow,
): Versioned<T> {
  return decodeRow(kind, tenantId, row).versioned;
}
