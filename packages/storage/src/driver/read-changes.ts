import { InvalidRequestError } from '../port/errors.js';
import type { DriverRow, DriverSession } from './driver.js';

/** One page of a collection's change feed and the feed position of each of its rows. */
export interface ChangesPage {
  readonly rows: readonly DriverRow[];
  /** The position to resume after the row at `index`. */
  positionAt(index: number): string | number;
}

/**
 * Reads up to `limit` changes after `after`: through the driver's own feed (`changes`) when it
 * has one, otherwise by `seq` (which such a driver gives in commit order).
 */
export async function readChanges(
  session: DriverSession,
  collection: string,
  after: string | number,
  limit: number,
): Promise<ChangesPage> {
  if (session.changes !== undefined) {
    const rows = await session.changes(collection, after, limit);
    return { rows, positionAt: (index) => rows[index]?.position ?? after };
  }
  if (typeof after !== 'number') {
    throw new InvalidRequestError('The change cursor does not belong to this store.');
  }
  const rows = await session.list(collection, { order: 'seq', after, limit });
  return { rows, positionAt: (index) => rows[index]?.seq ?? after };
}
