import { type DomainError, domainError, err, ok, type Result } from '@livewell/core';

/** Why an ORUK API request was refused (answer with HTTP 400, or 404 for `not-found`). */
export type OrukApiError = DomainError<'invalid-query' | 'unsupported-filter' | 'not-found'>;

/** The `/services` filters of ORUK API v3 livewell answers, read from the query string. */
export interface OrukServiceQuery {
  readonly page: number;
  readonly perPage: number;
  readonly search?: string;
  readonly taxonomyTermId?: string;
  readonly taxonomyId?: string;
  readonly organizationId?: string;
  readonly minimumAge?: number;
  readonly maximumAge?: number;
  readonly postcode?: string;
  readonly proximityMetres?: number;
  readonly day?: string;
  readonly startTime?: string;
  readonly endTime?: string;
}

/** Largest page a client may ask for. */
export const MAX_PER_PAGE = 500;
const DAYS: Record<string, string> = {
  MO: 'MO',
  TU: 'TU',
  WE: 'WE',
  TH: 'TH',
  FR: 'FR',
  SA: 'SA',
  SU: 'SU',
  MONDAY: 'MO',
  TUESDAY: 'TU',
  WEDNESDAY: 'WE',
  THURSDAY: 'TH',
  FRIDAY: 'FR',
  SATURDAY: 'SA',
  SUNDAY: 'SU',
};
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

const bad = (message: string): Result<never, OrukApiError> =>
  err(domainError('invalid-query', message));

/**
 * Reads `/services` query parameters (a `URLSearchParams` or plain record of strings). Paging
 * defaults to page 1 of 50. `modified_after`, `format`, `minimal` and `full` are refused as
 * `unsupported-filter` rather than ignored, so a client never gets an unfiltered answer it
 * believes is filtered. Never throws.
 */
export function readServiceQuery(
  params: URLSearchParams | Readonly<Record<string, string | undefined>>,
): Result<OrukServiceQuery, OrukApiError> {
  if (typeof params !== 'object' || params === null)
    return bad('the query is not a set of parameters');
  try {
    return readQuery(params);
  } catch {
    // A parameter that cannot be read (a throwing getter or proxy) is a bad query, never a throw.
    return bad('the query parameters cannot be read');
  }
}

function readQuery(
  params: URLSearchParams | Readonly<Record<string, string | undefined>>,
): Result<OrukServiceQuery, OrukApiError> {
  const get = (k: string): string | undefined =>
    params instanceof URLSearchParams ? (params.get(k) ?? undefined) : params[k];
  for (const k of ['modified_after', 'format', 'minimal', 'full']) {
    if (get(k) !== undefined)
      return err(domainError('unsupported-filter', `the ${k} parameter is not supported`));
  }
  const int = (k: string, dflt: number, max: number): number | undefined => {
    const v = get(k);
    if (v === undefined) return dflt;
    const n = Number(v);
    return /^\d+$/.test(v) && n >= 1 && n <= max ? n : undefined;
  };
  const page = int('page', 1, 1_000_000);
  const perPage = int('per_page', 50, MAX_PER_PAGE);
  if (page === undefined) return bad('page is a whole number from 1');
  if (perPage === undefined) return bad(`per_page is a whole number from 1 to ${MAX_PER_PAGE}`);
  const age = (k: string): number | undefined | null => {
    const v = get(k);
    if (v === undefined) return undefined;
    const n = Number(v);
    return v.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : null;
  };
  const minimumAge = age('minimum_age');
  const maximumAge = age('maximum_age');
  if (minimumAge === null || maximumAge === null) return bad('ages are numbers from 0');
  const day = get('day');
  const dayCode = day === undefined ? undefined : DAYS[day.trim().toUpperCase()];
  if (day !== undefined && dayCode === undefined) return bad('day is a weekday (MO…SU or Monday…)');
  const startTime = get('start_time');
  const endTime = get('end_time');
  for (const t of [startTime, endTime])
    if (t !== undefined && !TIME.test(t)) return bad('start_time and end_time are HH:MM times');
  const proximity = get('proximity');
  const proximityMetres = proximity === undefined ? undefined : Number(proximity);
  if (proximityMetres !== undefined && !(Number.isFinite(proximityMetres) && proximityMetres > 0))
    return bad('proximity is a distance in metres');
  const postcode = get('postcode')?.trim().toUpperCase();
  if (proximityMetres !== undefined && !postcode) return bad('proximity needs a postcode');
  const text = (k: string) => {
    const v = get(k)?.trim();
    return v ? v : undefined;
  };
  const search = text('search');
  const taxonomyTermId = text('taxonomy_term_id');
  const taxonomyId = text('taxonomy_id');
  const organizationId = text('organization_id');
  return ok({
    page,
    perPage,
    ...(search ? { search } : {}),
    ...(taxonomyTermId ? { taxonomyTermId } : {}),
    ...(taxonomyId ? { taxonomyId } : {}),
    ...(organizationId ? { organizationId } : {}),
    ...(minimumAge === undefined ? {} : { minimumAge }),
    ...(maximumAge === undefined ? {} : { maximumAge }),
    ...(postcode ? { postcode } : {}),
    ...(proximityMetres === undefined ? {} : { proximityMetres }),
    ...(dayCode ? { day: dayCode } : {}),
    ...(startTime ? { startTime: startTime.slice(0, 5) } : {}),
    ...(endTime ? { endTime: endTime.slice(0, 5) } : {}),
  });
}
