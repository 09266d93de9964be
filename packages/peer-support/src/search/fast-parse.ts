import {
  type Coding,
  type IsoInstant,
  IsoInstantSchema,
  makeParser,
  type ServiceStatus,
  TENANT_ID_PATTERN,
  type TenantId,
} from '@livewell/core';
import type { SearchOptions, SearchQuery } from './query.js';

/**
 * The common queries, read without the schema: a plain object with the usual criteria, every
 * rule of `SearchQuerySchema` / `SearchOptionsSchema` applied by hand to the values read once,
 * and a new value built from them as the parser builds it. Anything else (another criterion, a
 * value the rules refuse, an object that is not plain, a property that throws) is not settled
 * here: the caller then runs the schema, which gives the typed refusal. So this only ever
 * accepts what the schema accepts, with the same result (`fast-parse.prop.test.ts`).
 */

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** Every own key is one of `allowed` (read without reading a value). */
function onlyKeys(o: Plain, allowed: ReadonlySet<string>): boolean {
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i += 1) if (!allowed.has(keys[i] as string)) return false;
  return true;
}

/**
 * Whether `value`, read from `o[key]`, is a present `undefined` (which exact optional keys
 * refuse): then the schema must answer.
 */
const heldUndefined = (o: Plain, key: string, value: unknown): boolean =>
  value === undefined && key in o;

/** Whether any of `keys` was read as a present `undefined` (see {@link heldUndefined}). */
function anyHeldUndefined(o: Plain, read: Plain): boolean {
  for (const key in read) if (heldUndefined(o, key, read[key])) return true;
  return false;
}

const QUERY_KEYS = new Set([
  'tenantId',
  'terms',
  'termsMatch',
  'text',
  'near',
  'sessionBetween',
  'openNow',
  'placesAvailable',
  'freeOnly',
  'statuses',
]);
const NEAR_KEYS = new Set(['point', 'radiusKm', 'includeRemote']);
const WINDOW_KEYS = new Set(['from', 'until']);
const OPTION_KEYS = new Set(['now', 'limit', 'cursor', 'maxAgeDays']);
const STATUSES = new Set<unknown>(['active', 'inactive', 'defunct', 'temporarily-closed']);

const parseInstant = makeParser('IsoInstant', IsoInstantSchema);
/** Instants the schema accepted or refused (a query's instants repeat). */
const instants = new Map<string, boolean>();

/** Whether the instant schema accepts `value` (remembered per string). */
function isInstant(value: unknown): value is IsoInstant {
  if (typeof value !== 'string') return false;
  let known = instants.get(value);
  if (known === undefined) {
    if (instants.size >= 4096) instants.clear();
    known = parseInstant(value).ok;
    instants.set(value, known);
  }
  return known;
}

const inRange = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && value >= min && value <= max;

const stringOf = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;

function codingOf(value: unknown): Coding | undefined {
  if (!isPlain(value)) return undefined;
  const { system, code } = value;
  if (!stringOf(system, 1, 500) || !stringOf(code, 1, 200)) return undefined;
  if (!('display' in value)) return { system, code };
  const display = value.display;
  return stringOf(display, 0, 1000) ? { system, code, display } : undefined;
}

function termsOf(value: unknown): Coding[] | undefined {
  if (!Array.isArray(value) || value.length > 50) return undefined;
  const out: Coding[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const c = codingOf(value[i]);
    if (c === undefined) return undefined;
    out.push(c);
  }
  return out;
}

function nearOf(value: unknown): SearchQuery['near'] | undefined {
  if (!isPlain(value) || !onlyKeys(value, NEAR_KEYS)) return undefined;
  const { point, radiusKm, includeRemote } = value;
  if (heldUndefined(value, 'includeRemote', includeRemote)) return undefined;
  if (!isPlain(point) || !inRange(radiusKm, 0, 20_000)) return undefined;
  const { latitude, longitude } = point;
  if (!inRange(latitude, -90, 90) || !inRange(longitude, -180, 180)) return undefined;
  if (includeRemote === undefined) return { point: { latitude, longitude }, radiusKm };
  if (typeof includeRemote !== 'boolean') return undefined;
  return { point: { latitude, longitude }, radiusKm, includeRemote };
}

function windowOf(value: unknown): SearchQuery['sessionBetween'] | undefined {
  if (!isPlain(value) || !onlyKeys(value, WINDOW_KEYS)) return undefined;
  const { from, until } = value;
  if (!isInstant(from) || !isInstant(until) || !(Date.parse(until) > Date.parse(from))) {
    return undefined;
  }
  return { from, until };
}

function statusesOf(value: unknown): ServiceStatus[] | undefined {
  if (!Array.isArray(value) || value.length > 4) return undefined;
  const out: ServiceStatus[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const s: unknown = value[i];
    if (!STATUSES.has(s)) return undefined;
    out.push(s as ServiceStatus);
  }
  return out;
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** A common query as `parseSearchQuery` would give it, or `undefined`: ask the schema. */
export function fastQuery(input: unknown): SearchQuery | undefined {
  try {
    if (!isPlain(input) || !onlyKeys(input, QUERY_KEYS)) return undefined;
    const { tenantId, terms, termsMatch, text, near, sessionBetween } = input;
    const { openNow, placesAvailable, freeOnly, statuses } = input;
    const read = { terms, termsMatch, text, near, sessionBetween };
    const flags = { openNow, placesAvailable, freeOnly, statuses };
    if (anyHeldUndefined(input, read) || anyHeldUndefined(input, flags)) return undefined;
    if (!stringOf(tenantId, 1, 63) || !TENANT_ID_PATTERN.test(tenantId)) return undefined;
    const q: { -readonly [K in keyof SearchQuery]: SearchQuery[K] } = {
      tenantId: tenantId as TenantId,
    };
    if (terms !== undefined) {
      const list = termsOf(terms);
      if (list === undefined) return undefined;
      q.terms = list;
    }
    if (termsMatch !== undefined) {
      if (termsMatch !== 'any' && termsMatch !== 'all') return undefined;
      q.termsMatch = termsMatch;
    }
    if (text !== undefined) {
      if (!stringOf(text, 0, 500)) return undefined;
      q.text = text;
    }
    if (near !== undefined) {
      const place = nearOf(near);
      if (place === undefined) return undefined;
      q.near = place;
    }
    if (sessionBetween !== undefined) {
      const window = windowOf(sessionBetween);
      if (window === undefined) return undefined;
      q.sessionBetween = window;
    }
    if (openNow !== undefined) {
      if (!isBoolean(openNow)) return undefined;
      q.openNow = openNow;
    }
    if (placesAvailable !== undefined) {
      if (!isBoolean(placesAvailable)) return undefined;
      q.placesAvailable = placesAvailable;
    }
    if (freeOnly !== undefined) {
      if (!isBoolean(freeOnly)) return undefined;
      q.freeOnly = freeOnly;
    }
    if (statuses !== undefined) {
      const list = statusesOf(statuses);
      if (list === undefined) return undefined;
      q.statuses = list;
    }
    return q;
  } catch {
    return undefined;
  }
}

/** Common options as `parseSearchOptions` would give them (no bank holidays), or `undefined`. */
export function fastOptions(input: unknown): SearchOptions | undefined {
  try {
    if (!isPlain(input) || !onlyKeys(input, OPTION_KEYS)) return undefined;
    const { now, limit, cursor, maxAgeDays } = input;
    if (anyHeldUndefined(input, { limit, cursor, maxAgeDays })) return undefined;
    if (!isInstant(now)) return undefined;
    const o: { -readonly [K in keyof SearchOptions]: SearchOptions[K] } = { now };
    if (limit !== undefined) {
      if (!Number.isInteger(limit) || !inRange(limit, 1, 200)) return undefined;
      o.limit = limit;
    }
    if (cursor !== undefined) {
      if (!stringOf(cursor, 0, 1000)) return undefined;
      o.cursor = cursor;
    }
    if (maxAgeDays !== undefined) {
      if (!inRange(maxAgeDays, 0, 36_500)) return undefined;
      o.maxAgeDays = maxAgeDays;
    }
    return o;
  } catch {
    return undefined;
  }
}
