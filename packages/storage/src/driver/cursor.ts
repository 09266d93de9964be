import { InvalidRequestError } from '../port/errors.js';
import {
  type ChangeCursor,
  type Cursor,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
} from '../port/pagination.js';

/** What a cursor carries: the listing it belongs to and the exclusive keyset bound. */
interface CursorBody {
  readonly s: string;
  readonly a: string | number;
}

const toBase64Url = (text: string) =>
  btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
const fromBase64Url = (text: string) => atob(text.replaceAll('-', '+').replaceAll('_', '/'));

/** Encodes a keyset position for the listing named `scope` as an opaque cursor. */
export function encodeCursor(scope: string, after: string | number): Cursor {
  return toBase64Url(JSON.stringify({ s: scope, a: after } satisfies CursorBody)) as Cursor;
}

/** Decodes a cursor made by {@link encodeCursor} for the same `scope`; throws `InvalidRequestError` otherwise. */
export function decodeCursor(scope: string, cursor: string): string | number {
  let body: unknown;
  try {
    body = JSON.parse(fromBase64Url(cursor));
  } catch (cause) {
    throw new InvalidRequestError('The cursor is malformed.', { cause });
  }
  if (
    typeof body !== 'object' ||
    body === null ||
    (body as CursorBody).s !== scope ||
    !['string', 'number'].includes(typeof (body as CursorBody).a)
  ) {
    throw new InvalidRequestError(`The cursor does not belong to this listing (${scope}).`);
  }
  return (body as CursorBody).a;
}

/** Encodes a change-feed position (a `seq`, or a driver's feed position) as an opaque cursor. */
export function encodeChangeCursor(scope: string, position: number | string): ChangeCursor {
  return encodeCursor(`changes:${scope}`, position) as string as ChangeCursor;
}

/**
 * Decodes a change-feed cursor (`null` = the beginning, seq 0): a `seq`, or a driver's feed
 * position (non-empty text of at most 64 characters; the driver checks its form).
 */
export function decodeChangeCursor(scope: string, cursor: ChangeCursor | null): number | string {
  if (cursor === null) return 0;
  const position = decodeCursor(`changes:${scope}`, cursor);
  const valid =
    typeof position === 'number'
      ? Number.isSafeInteger(position) && position >= 0
      : position.length > 0 && position.length <= 64;
  if (!valid) throw new InvalidRequestError('The change cursor is malformed.');
  return position;
}

/** Validates a requested page size; throws `InvalidRequestError` outside 1..max. */
export function pageSize(limit: number | undefined, fallback = DEFAULT_PAGE_SIZE): number {
  const size = limit ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new InvalidRequestError(`Page size must be an integer from 1 to ${MAX_PAGE_SIZE}.`);
  }
  return size;
}
