import { CorruptRecordError, isStorageError } from '../port/errors.js';
import type { ReadProblem } from '../port/read-problem.js';
import type { DriverRow } from './driver.js';

/** Readable items and a typed problem for each row that could not be read. */
export interface Decoded<T> {
  readonly items: T[];
  readonly problems: ReadProblem[];
}

/** The problem a row that cannot be read becomes in a listing or an export. */
export function readProblem(collection: string, id: string, error: unknown): ReadProblem {
  const issues = error instanceof CorruptRecordError ? error.issues : [];
  return {
    code: 'corrupt-record',
    kind: collection,
    id,
    message: error instanceof Error ? error.message : String(error),
    issues,
  };
}

/**
 * Decodes every row; a row that cannot be read (`CorruptRecordError`) becomes a
 * {@link ReadProblem} instead of failing the rest. Any other error is thrown.
 */
export function decodeEach<T>(
  collection: string,
  rows: readonly DriverRow[],
  decode: (row: DriverRow) => T,
): Decoded<T> {
  const items: T[] = [];
  const problems: ReadProblem[] = [];
  for (const row of rows) {
    try {
      items.push(decode(row));
    } catch (error) {
      if (!isStorageError(error) || error.code !== 'corrupt-record') throw error;
      problems.push(readProblem(collection, row.id, error));
    }
  }
  return { items, problems };
}
