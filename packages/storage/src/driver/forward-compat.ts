import type { RecordReader } from '../port/records.js';

/** Why a readable record is a lossy view of what is stored. */
export type NewerReason = 'newer-schema-version' | 'unknown-fields';

/** How many older versions a newer document is tried at (versions are small integers). */
const MAX_PROBE = 32;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when `stored` has a key (at any depth) that `read` does not: the reader dropped it. */
export function hasUnknownFields(stored: unknown, read: unknown): boolean {
  if (Array.isArray(stored)) {
    if (!Array.isArray(read)) return false;
    if (stored.length > read.length) return true;
    return stored.some((item, i) => hasUnknownFields(item, read[i]));
  }
  if (!isPlainObject(stored) || !isPlainObject(read)) return false;
  return Object.keys(stored).some(
    (key) => !Object.hasOwn(read, key) || hasUnknownFields(stored[key], read[key]),
  );
}

/** The document's `schemaVersion`; none when it has none or cannot be read (a hostile value). */
const versionOf = (doc: unknown): number | undefined => {
  try {
    return isPlainObject(doc) && Number.isSafeInteger(doc.schemaVersion)
      ? (doc.schemaVersion as number)
      : undefined;
  } catch {
    return undefined;
  }
};

/** The document with another `schemaVersion`, or none when it cannot be read to copy it. */
function withVersion(doc: Record<string, unknown>, version: number): unknown {
  try {
    return { ...doc, schemaVersion: version };
  } catch {
    return undefined;
  }
}

/**
 * Reads a stored document, keeping a document from a newer release readable: when the reader
 * refuses a document whose `schemaVersion` n is above the versions it knows, the document is
 * read as the highest version k < n the reader accepts as is (no upcast). Answers the record
 * and, when it is a lossy view (newer version, or fields the reader dropped), why; or the
 * reader's error for a document it cannot read at all.
 */
export function readForward<T>(
  read: RecordReader<T>,
  doc: unknown,
): ReturnType<RecordReader<T>> & { readonly newer?: NewerReason } {
  const direct = read(doc);
  const stored = versionOf(doc);
  if (direct.ok) {
    const same = versionOf(direct.value) === stored;
    return same && hasUnknownFields(doc, direct.value)
      ? { ...direct, newer: 'unknown-fields' }
      : direct;
  }
  if (stored === undefined || !isPlainObject(doc)) return direct;
  for (let k = stored - 1; k >= Math.max(1, stored - MAX_PROBE); k--) {
    const copy = withVersion(doc, k);
    if (copy === undefined) return direct;
    const projected = read(copy);
    if (projected.ok && versionOf(projected.value) === k) {
      return { ...projected, newer: 'newer-schema-version' };
    }
  }
  return direct;
}
