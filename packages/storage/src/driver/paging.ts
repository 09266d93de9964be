import { InvalidRequestError } from '../port/errors.js';
import type { Page, PageRequest } from '../port/pagination.js';
import { decodeCursor, encodeCursor, pageSize } from './cursor.js';
import { type Decoded, decodeEach } from './decode-each.js';
import type { DriverRow, DriverSession, RowQuery } from './driver.js';
import type { Scope } from './scope.js';

/** A listing: which collection, which filter, which order, and a name that scopes its cursors. */
export interface Listing {
  readonly collection: string;
  readonly order: RowQuery['order'];
  readonly personId?: string;
  readonly parentId?: string;
}

function listingName(listing: Listing): string {
  return [listing.collection, listing.order, listing.personId ?? '', listing.parentId ?? ''].join(
    '|',
  );
}

/** The caller's page request, read once (`InvalidRequestError` when it is not one). */
function readPageRequest(page: PageRequest | undefined): {
  limit: number | undefined;
  cursor: string | undefined;
} {
  if (page === undefined) return { limit: undefined, cursor: undefined };
  if (typeof page !== 'object' || page === null) {
    throw new InvalidRequestError('A page request is an object ({ limit?, cursor? }).');
  }
  try {
    return { limit: page.limit, cursor: page.cursor };
  } catch {
    throw new InvalidRequestError('The page request could not be read (a getter or proxy threw).');
  }
}

/** Reads one keyset page of rows inside an existing session. */
export async function readPageIn<T>(
  session: DriverSession,
  listing: Listing,
  page: PageRequest | undefined,
  decode: (row: DriverRow) => T,
): Promise<Page<T>> {
  const request = readPageRequest(page);
  const limit = pageSize(request.limit);
  const name = listingName(listing);
  const after = request.cursor === undefined ? undefined : decodeCursor(name, request.cursor);
  const rows = await session.list(listing.collection, {
    order: listing.order,
    limit: limit + 1,
    ...(after === undefined ? {} : { after }),
    ...(listing.personId === undefined ? {} : { personId: listing.personId }),
    ...(listing.parentId === undefined ? {} : { parentId: listing.parentId }),
  });
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  const next =
    rows.length > limit && last !== undefined
      ? encodeCursor(name, listing.order === 'id' ? last.id : last.seq)
      : null;
  return { ...decodeEach(listing.collection, pageRows, decode), next };
}

/** Reads one keyset page of rows as its own read unit. */
export function readPage<T>(
  scope: Scope,
  listing: Listing,
  page: PageRequest | undefined,
  decode: (row: DriverRow) => T,
): Promise<Page<T>> {
  return scope.run('read', (session) => readPageIn(session, listing, page, decode));
}

/** Reads every row of a listing inside one session (for export), with what it could not read. */
export async function readAllIn<T>(
  session: DriverSession,
  listing: Listing,
  decode: (row: DriverRow) => T,
): Promise<Decoded<T>> {
  const all: Decoded<T> = { items: [], problems: [] };
  let cursor: PageRequest['cursor'];
  do {
    const page = await readPageIn(
      session,
      listing,
      cursor === undefined ? { limit: 1000 } : { limit: 1000, cursor },
      decode,
    );
    all.items.push(...page.items);
    all.problems.push(...page.problems);
    cursor = page.next ?? undefined;
  } while (cursor !== undefined);
  return all;
}
