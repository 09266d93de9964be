import { domainError, err, ok, type Result } from '@livewell/core';
import type { SearchError } from './context.js';
import type { SearchHit, SearchPage } from './hit.js';

/** Where a page starts: the last hit of the page before (its score and key). */
export interface CursorState {
  readonly score: number;
  readonly key: string;
}

/** Anything ranked: a score, and a service whose tenant and id break ties. */
export interface Ranked {
  readonly score: number;
  readonly service: { readonly tenantId: string; readonly id: string };
}

/** The tie-break key: tenant and id, as `recordKey` writes it. */
const keyOf = (m: Ranked) => `${m.service.tenantId}/${m.service.id}`;

/** Orders matches: higher score first, then by tenant and id. */
export function compareMatches(a: Ranked, b: Ranked): number {
  if (a.score !== b.score) return b.score - a.score;
  const ka = keyOf(a);
  const kb = keyOf(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Base64url without padding of a string of one-byte characters (what `btoa` then the URL-safe
 * alphabet and no `=` gives; cursor keys are ids, which are ASCII). Throws, as `btoa` does, on
 * a character above U+00FF.
 */
export function base64url(text: string): string {
  let out = '';
  const n = text.length;
  for (let i = 0; i < n; i += 3) {
    const a = text.charCodeAt(i);
    const b = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    const c = i + 2 < n ? text.charCodeAt(i + 2) : 0;
    if ((a | b | c) > 0xff) throw new RangeError('a cursor holds one-byte characters only');
    const bits = (a << 16) | (b << 8) | c;
    out += BASE64URL[bits >>> 18];
    out += BASE64URL[(bits >>> 12) & 63];
    if (i + 1 < n) out += BASE64URL[(bits >>> 6) & 63];
    if (i + 2 < n) out += BASE64URL[bits & 63];
  }
  return out;
}

function encode(state: CursorState): string {
  return base64url(JSON.stringify([state.score, state.key]));
}

/** Reads a cursor this index made (`undefined`: not one). */
export function decode(cursor: string): CursorState | undefined {
  try {
    const parsed: unknown = JSON.parse(atob(cursor.replaceAll('-', '+').replaceAll('_', '/')));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'number' &&
      typeof parsed[1] === 'string'
    ) {
      return { score: parsed[0], key: parsed[1] };
    }
  } catch {
    // fall through: not a cursor this index made
  }
  return undefined;
}

/** True when `h` comes after the cursor in ranking order. */
export const after = (h: Ranked, c: CursorState): boolean =>
  h.score < c.score || (h.score === c.score && keyOf(h) > c.key);

/**
 * Cuts the page of matches after `cursor` in ranking order (hits are written for that page
 * only; keyset pagination on score and key, so a page stays correct when records change
 * between calls). The cursor is opaque to callers.
 */
export function paginate<T extends Ranked>(
  hits: T[],
  limit: number,
  cursor: string | undefined,
  toHit: (m: T) => SearchHit,
): Result<SearchPage, SearchError> {
  let rest = hits;
  if (cursor !== undefined) {
    const state = decode(cursor);
    if (state === undefined) return err(domainError('invalid-cursor', 'The cursor is not valid.'));
    rest = hits.filter((h) => after(h, state));
  }
  const page = best(rest, limit);
  const last = page[page.length - 1];
  const more = rest.length > limit && last !== undefined;
  return ok({
    hits: page.map(toHit),
    total: hits.length,
    ...(more ? { nextCursor: encode({ score: last.score, key: keyOf(last) }) } : {}),
  });
}

/**
 * The first `limit` matches in {@link compareMatches} order, without sorting them all: a page
 * is a few of often thousands.
 */
function best<T extends Ranked>(hits: readonly T[], limit: number): T[] {
  const top: T[] = [];
  for (const h of hits) {
    const worst = top[top.length - 1];
    if (top.length === limit && worst !== undefined && compareMatches(h, worst) >= 0) continue;
    if (top.length === limit) top.pop();
    let i = top.length;
    while (i > 0 && compareMatches(h, top[i - 1] as T) < 0) i -= 1;
    top.splice(i, 0, h);
  }
  return top;
}

/**
 * The page for matches already counted (`total`) and ranked: `top` holds the best matches after
 * the cursor in {@link compareMatches} order, up to one more than the page (see `TopMatches`), so
 * the page and its next cursor come out as {@link paginate} gives them.
 */
export function pageOf<T extends Ranked>(
  total: number,
  top: readonly T[],
  limit: number,
  toHit: (m: T) => SearchHit,
): SearchPage {
  const page = top.slice(0, limit);
  const last = page[page.length - 1];
  const more = top.length > limit && last !== undefined;
  return {
    hits: page.map(toHit),
    total,
    ...(more ? { nextCursor: encode({ score: last.score, key: keyOf(last) }) } : {}),
  };
}
