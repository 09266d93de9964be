import type { DriverRow, DriverSession, RowInput } from './driver.js';

/**
 * Inserts rows of one collection in order: in one call to the driver's optional `insertMany`
 * when it has one and there is more than one row, otherwise one `insert` per row.
 */
export async function insertRows(
  session: DriverSession,
  collection: string,
  rows: readonly RowInput[],
): Promise<readonly DriverRow[]> {
  if (rows.length > 1 && session.insertMany !== undefined) {
    return session.insertMany(collection, rows);
  }
  const inserted: DriverRow[] = [];
  for (const row of rows) inserted.push(await session.insert(collection, row));
  return inserted;
}
