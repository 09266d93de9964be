import {
  DEFAULT_TIME_ZONE,
  type DomainError,
  domainError,
  err,
  type IsoInstant,
  instantToMs,
  ok,
  parseTenantId,
  type Result,
  type ServiceStatus,
  type ZoneClock,
} from '@livewell/core';
import { DEFAULT_MAX_AGE_DAYS } from '../freshness/stale.js';
import { toDaySet } from '../schedule/next-sessions.js';
import { termKey } from './entry.js';
import { fastOptions, fastQuery } from './fast-parse.js';
import { parseSearchOptions, parseSearchQuery } from './parse-query.js';
import {
  DEFAULT_STATUSES,
  NEXT_SESSION_HORIZON_DAYS,
  type SearchOptions,
  type SearchQuery,
} from './query.js';
import { tokenize } from './text.js';

/** Why a search could not run. */
export type SearchError = DomainError<'invalid-query' | 'invalid-cursor'>;

/** A query with everything worked out once before services are tested. */
export interface QueryContext {
  readonly query: SearchQuery;
  readonly now: IsoInstant;
  readonly nowMs: number;
  readonly windowFromMs: number;
  readonly windowUntilMs: number;
  /** Bank holidays as epoch days. */
  readonly holidays: ReadonlySet<number>;
  /** The bank-holiday dates as one string, keying cached sessions. */
  readonly holidayKey: string;
  readonly termKeys: readonly string[];
  readonly textTokens: readonly string[];
  readonly statuses: ReadonlySet<ServiceStatus>;
  readonly maxAgeDays: number;
  /** The local (Europe/London) epoch day of `now`, for freshness. */
  readonly nowDay: number;
  readonly limit: number;
  /** Where the page starts (the parsed options' cursor). */
  readonly cursor: string | undefined;
  readonly clock: ZoneClock;
  /** Chunk ranges of the session window and of "now", by zone, filled during the query. */
  readonly windowRanges: Map<string, { readonly first: number; readonly last: number }>;
  readonly nowRanges: Map<string, { readonly first: number; readonly last: number }>;
}

const DAY_MS = 86_400_000;

/** Checked at run time too: callers outside TypeScript can leave the tenant out. */
const isTenantId = (value: unknown): boolean => parseTenantId(value).ok;

/**
 * The caller's options as the options parser reads them: bank holidays given as a `Set` become
 * a list. Reads nothing it cannot (an unreadable value goes to the parser as it is, which
 * refuses it).
 */
function listedHolidays(options: unknown): unknown {
  try {
    if (typeof options !== 'object' || options === null) return options;
    const holidays = (options as SearchOptions).bankHolidays;
    return holidays instanceof Set ? { ...options, bankHolidays: [...holidays] } : options;
  } catch {
    return options;
  }
}

/**
 * Parses a caller's query and options (`invalid-query` with the parser's message otherwise); the
 * common shapes are read by hand first (`fastQuery`: same rules, same result), the rest by the
 * schema.
 */
function readSearch(
  queryInput: unknown,
  optionsInput: unknown,
): Result<{ query: SearchQuery; options: SearchOptions }, SearchError> {
  const quick = fastQuery(queryInput);
  const quickOptions = quick && fastOptions(optionsInput);
  if (quick && quickOptions) return ok({ query: quick, options: quickOptions });
  if (!isTenantId(tenantOf(queryInput))) {
    return err(domainError('invalid-query', 'tenantId is required and must be a tenant id'));
  }
  const query = parseSearchQuery(queryInput);
  if (!query.ok) return err(domainError('invalid-query', query.error.message));
  const options = parseSearchOptions(listedHolidays(optionsInput));
  if (!options.ok) return err(domainError('invalid-query', options.error.message));
  return ok({ query: query.value, options: options.value });
}

const tenantOf = (query: unknown): unknown => {
  try {
    return typeof query === 'object' && query !== null
      ? (query as { tenantId?: unknown }).tenantId
      : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Parses a query and its options from the caller (`parseSearchQuery`, `parseSearchOptions`:
 * whatever it is given, a hostile value included, it answers `invalid-query` rather than throw)
 * and works out the {@link QueryContext}.
 */
export function makeContext(
  queryInput: SearchQuery,
  optionsInput: SearchOptions,
  clock: ZoneClock,
): Result<QueryContext, SearchError> {
  const read = readSearch(queryInput, optionsInput);
  if (!read.ok) return read;
  const { query, options } = read.value;
  const nowMs = instantToMs(options.now);
  if (!Number.isFinite(nowMs)) return err(domainError('invalid-query', 'now is not an instant'));
  const limit = options.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
    return err(domainError('invalid-query', 'limit must be a whole number from 1 to 200'));
  }
  const radius = query.near?.radiusKm;
  if (radius !== undefined && !(radius >= 0 && Number.isFinite(radius))) {
    return err(domainError('invalid-query', 'radiusKm must be a finite number ≥ 0'));
  }
  let windowFromMs = nowMs;
  let windowUntilMs = nowMs + NEXT_SESSION_HORIZON_DAYS * DAY_MS;
  if (query.sessionBetween) {
    windowFromMs = instantToMs(query.sessionBetween.from);
    windowUntilMs = instantToMs(query.sessionBetween.until);
    if (!(Number.isFinite(windowFromMs) && windowUntilMs > windowFromMs)) {
      return err(domainError('invalid-query', 'sessionBetween must run forwards between instants'));
    }
  }
  const holidays = toDaySet(options.bankHolidays);
  return ok({
    query,
    now: options.now,
    nowMs,
    windowFromMs,
    windowUntilMs,
    holidays,
    holidayKey: [...holidays].sort((a, b) => a - b).join(','),
    termKeys: [...new Set((query.terms ?? []).map(termKey))],
    textTokens: [...new Set(tokenize(query.text ?? ''))],
    statuses: new Set(query.statuses ?? DEFAULT_STATUSES),
    maxAgeDays: options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS,
    nowDay: clock.localDay(nowMs, DEFAULT_TIME_ZONE),
    limit,
    cursor: options.cursor,
    clock,
    windowRanges: new Map(),
    nowRanges: new Map(),
  });
}
