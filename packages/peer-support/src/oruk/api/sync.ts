import { type DomainError, domainError, err, ok, type Result, type TenantId } from '@livewell/core';
import { fromHsdsService, type OrukImport, type OrukImportOptions } from '../import.js';
import type { OrukLoss } from '../ledger.js';
import { isObject, num, objects, shown, str } from '../read.js';
import { stableUuid } from '../uuid.js';

/** A `fetch` as the sync client uses it (the global `fetch` fits). */
export type OrukFetch = (url: string) => Promise<{
  readonly ok: boolean;
  readonly status: number;
  json(): Promise<unknown>;
}>;

/** Where a sync writes: adapt a storage repository to it (see examples/oruk-api). */
export interface OrukSyncStore {
  /** Stores a service read from the feed (new or changed), with its organisation and locations. */
  put(imported: OrukImport): Promise<void>;
  /** Marks a service the feed no longer lists as withdrawn. */
  withdraw(serviceId: string): Promise<void>;
}

/** What the last sync saw: each service id with a fingerprint of its payload. */
export type OrukSyncState = Readonly<Record<string, string>>;

/** What one sync did. */
export interface OrukSyncReport {
  readonly pages: number;
  readonly listed: number;
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly unchanged: number;
  readonly withdrawn: readonly string[];
  /** Services listed but not importable, with why (nothing was written for them). */
  readonly skipped: readonly { readonly id: string; readonly reason: string }[];
  /** Per service written, the source paths its import did not keep. */
  readonly loss: Readonly<Record<string, readonly OrukLoss[]>>;
}

/** Why a sync stopped before writing anything. */
export type OrukSyncError = DomainError<
  'oruk-fetch-failed' | 'oruk-bad-response' | 'oruk-store-failed'
>;

/** Settings for {@link syncOrukApi}. */
export interface OrukSyncOptions {
  /** The API root, e.g. `https://directory.example.org/api` (no trailing slash needed). */
  readonly baseUrl: string;
  readonly fetch: OrukFetch;
  readonly store: OrukSyncStore;
  readonly tenantId: TenantId;
  /** The state the previous sync returned (absent: first sync, everything is new). */
  readonly previous?: OrukSyncState;
  /** Services per page asked for; default 100. */
  readonly perPage?: number;
  /** Import settings besides the tenant (defaults, zone reading). */
  readonly import?: Omit<OrukImportOptions, 'tenantId'>;
  /** Stops paging after this many pages (a guard against a feed that never ends); default 10,000. */
  readonly maxPages?: number;
}

/** Runs a store call; a throw becomes `oruk-store-failed` (writes before it stay made). */
async function attempt(
  run: () => Promise<void>,
  what: string,
): Promise<Result<void, OrukSyncError>> {
  try {
    await run();
    return ok(undefined);
  } catch (e) {
    return err(
      domainError(
        'oruk-store-failed',
        `${what} failed: ${e instanceof Error ? e.message : shown(e)} (earlier writes of this sync stay)`,
      ),
    );
  }
}

/** The payload's fingerprint; `undefined` when it is not JSON (nothing, a cycle, a hostile object). */
function fingerprint(payload: unknown): string | undefined {
  try {
    const text = JSON.stringify(payload);
    return text === undefined ? undefined : stableUuid(text);
  } catch {
    return undefined;
  }
}

async function getJson(
  options: OrukSyncOptions,
  path: string,
): Promise<Result<unknown, OrukSyncError>> {
  const url = `${options.baseUrl.replace(/\/+$/, '')}${path}`;
  try {
    const res = await options.fetch(url);
    if (!res.ok)
      return err(domainError('oruk-fetch-failed', `GET ${url} answered HTTP ${res.status}`));
    return ok(await res.json());
  } catch (e) {
    return err(
      domainError(
        'oruk-fetch-failed',
        `GET ${url} failed: ${e instanceof Error ? e.message : shown(e)}`,
      ),
    );
  }
}

/** What one listing page says: its service ids, and whether it is the last page. */
interface Listing {
  readonly ids: readonly string[];
  readonly last: boolean;
}

/**
 * Reads one listing page, or `undefined` when it is not an ORUK page or cannot be read (a
 * `fetch` may hand back anything: a getter or proxy that throws reads as not a page).
 */
function listingOf(body: unknown, page: number): Listing | undefined {
  try {
    if (!isObject(body) || !Array.isArray(body.contents)) return undefined;
    const ids = objects(body.contents).flatMap((item) => {
      const id = str(item.id);
      return id === undefined ? [] : [id];
    });
    const totalPages = num(body.total_pages);
    const last =
      body.last_page === true ||
      body.contents.length === 0 ||
      (totalPages !== undefined && page >= totalPages);
    return { ids, last };
  } catch {
    return undefined;
  }
}

/**
 * Pages through a remote ORUK API v3 (`/services?page=…&per_page=…` until `last_page`, or
 * `total_pages`), fetches each listed service in full (`/services/{id}`), and syncs it into
 * `store` incrementally: a service whose payload is unchanged since `previous` is not
 * written, a new or changed one is imported and `put`, and one `previous` knew that is no
 * longer listed is `withdraw`n. Everything is fetched before anything is written, so a
 * network or protocol failure writes nothing and returns an error. Returns the report and the
 * state to pass next time. A service listed on two pages (the list moved while paging) is
 * read once.
 */
export async function syncOrukApi(
  options: OrukSyncOptions,
): Promise<Result<{ report: OrukSyncReport; state: OrukSyncState }, OrukSyncError>> {
  const perPage = options.perPage ?? 100;
  const maxPages = options.maxPages ?? 10_000;
  const ids: string[] = [];
  const seen = new Set<string>();
  let pages = 0;
  for (let page = 1; ; page += 1) {
    if (page > maxPages)
      return err(domainError('oruk-bad-response', `the feed lists more than ${maxPages} pages`));
    const res = await getJson(options, `/services?page=${page}&per_page=${perPage}`);
    if (!res.ok) return res;
    const listing = listingOf(res.value, page);
    if (listing === undefined)
      return err(domainError('oruk-bad-response', `page ${page} is not an ORUK page`));
    pages += 1;
    for (const id of listing.ids) {
      if (!seen.has(id)) {
        seen.add(id);
        ids.push(id);
      }
    }
    if (listing.last) break;
  }
  const previous = options.previous ?? {};
  const full = new Map<string, unknown>();
  for (const id of ids) {
    const res = await getJson(options, `/services/${encodeURIComponent(id)}`);
    if (!res.ok) return res;
    full.set(id, res.value);
  }
  const added: string[] = [];
  const changed: string[] = [];
  const skipped: { id: string; reason: string }[] = [];
  const loss: Record<string, readonly OrukLoss[]> = {};
  const state: Record<string, string> = {};
  let unchanged = 0;
  for (const [id, payload] of full) {
    const print = fingerprint(payload);
    if (print === undefined) {
      skipped.push({ id, reason: 'the service is not a JSON object' });
      if (previous[id] !== undefined) state[id] = previous[id] as string;
      continue;
    }
    if (previous[id] === print) {
      state[id] = print;
      unchanged += 1;
      continue;
    }
    const imported = fromHsdsService(payload, { ...options.import, tenantId: options.tenantId });
    if (!imported.ok) {
      skipped.push({ id, reason: imported.error.message });
      if (previous[id] !== undefined) state[id] = previous[id] as string;
      continue;
    }
    const put = await attempt(() => options.store.put(imported.value), `storing ${id}`);
    if (!put.ok) return put;
    (previous[id] === undefined ? added : changed).push(id);
    loss[id] = imported.value.loss;
    state[id] = print;
  }
  const withdrawn = Object.keys(previous).filter((id) => !full.has(id));
  for (const id of withdrawn) {
    const done = await attempt(() => options.store.withdraw(id), `withdrawing ${id}`);
    if (!done.ok) return done;
  }
  return ok({
    report: { pages, listed: ids.length, added, changed, unchanged, withdrawn, skipped, loss },
    state,
  });
}
