import { domainError, err, ok, type Result } from '@livewell/core';
import type { HsdsService } from '../hsds-types.js';
import { stableUuid } from '../uuid.js';
import type { OrukApiDirectory, OrukApiEntry } from './directory.js';
import { type OrukPage, pageOf } from './page.js';
import type { OrukApiError, OrukServiceQuery } from './query.js';

/** The one-to-one fields of a service, as `/services` lists them (ORUK `service_list`). */
export type OrukServiceSummary = Pick<
  HsdsService,
  | 'id'
  | 'organization_id'
  | 'name'
  | 'description'
  | 'url'
  | 'email'
  | 'status'
  | 'minimum_age'
  | 'maximum_age'
  | 'assured_date'
  | 'organization'
>;

function summaryOf(s: HsdsService): OrukServiceSummary {
  const opt = <K extends keyof OrukServiceSummary>(k: K) =>
    s[k] === undefined ? {} : { [k]: s[k] };
  return {
    id: s.id,
    name: s.name,
    status: s.status,
    ...opt('organization_id'),
    ...opt('description'),
    ...opt('url'),
    ...opt('email'),
    ...opt('minimum_age'),
    ...opt('maximum_age'),
    ...opt('assured_date'),
    ...opt('organization'),
  };
}

const EARTH_M = 6_371_000;
function metresBetween(a: { latitude: number; longitude: number }, b: typeof a): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

const compact = (p: string) => p.replace(/\s+/g, '');

/** Whether one entry passes every filter of the query. */
function matches(dir: OrukApiDirectory, e: OrukApiEntry, q: OrukServiceQuery): boolean {
  const s = e.oruk;
  if (q.search) {
    const needle = q.search.toLowerCase();
    if (!`${s.name}\n${s.description ?? ''}`.toLowerCase().includes(needle)) return false;
  }
  const terms = (s.attributes ?? []).flatMap((a) => (a.taxonomy_term ? [a.taxonomy_term] : []));
  if (q.taxonomyTermId && !terms.some((t) => t.id === q.taxonomyTermId)) return false;
  if (
    q.taxonomyId &&
    !terms.some((t) => t.taxonomy !== undefined && stableUuid(t.taxonomy) === q.taxonomyId)
  )
    return false;
  if (q.organizationId && s.organization_id !== q.organizationId) return false;
  if (q.minimumAge !== undefined && !(s.minimum_age !== undefined && s.minimum_age >= q.minimumAge))
    return false;
  if (q.maximumAge !== undefined && !(s.maximum_age !== undefined && s.maximum_age <= q.maximumAge))
    return false;
  const centre = q.postcode ? dir.records.postcodeCentroid?.(q.postcode) : undefined;
  if (q.postcode) {
    const areas = e.service.eligibility.areas;
    const code = compact(q.postcode);
    const covered =
      areas.length === 0 ||
      areas.some((a) =>
        a.kind === 'postcodes'
          ? a.prefixes.some((p) => code.startsWith(compact(p)))
          : centre !== undefined && metresBetween(centre, a.centre) <= a.radiusKm * 1000,
      );
    if (!covered) return false;
  }
  if (q.proximityMetres !== undefined) {
    const points = (s.service_at_locations ?? []).flatMap((sal) =>
      sal.location?.latitude !== undefined && sal.location.longitude !== undefined
        ? [{ latitude: sal.location.latitude, longitude: sal.location.longitude }]
        : [],
    );
    const within = q.proximityMetres;
    if (!centre || !points.some((p) => metresBetween(centre, p) <= within)) return false;
  }
  if (q.day || q.startTime || q.endTime) {
    const fits = (s.schedules ?? []).some(
      (h) =>
        (!q.day || (h.byday ?? '').split(',').some((d) => d.endsWith(q.day as string))) &&
        (!q.startTime || (h.opens_at ?? '').slice(0, 5) >= q.startTime) &&
        (!q.endTime || (h.closes_at ?? '').slice(0, 5) <= q.endTime),
    );
    if (!fits) return false;
  }
  return true;
}

/**
 * `GET /services`: the page of services passing every filter, as ORUK `service_list` items.
 * `search` matches name and description (case-insensitive); `taxonomy_term_id` and
 * `taxonomy_id` match the service's attributes; `minimum_age` keeps services whose minimum
 * age is at least the value and `maximum_age` those whose maximum is at most it; `postcode`
 * keeps services whose areas cover it (postcode prefixes; radius areas need
 * `postcodeCentroid`); `proximity` keeps services with a location within that many metres
 * of the postcode's centre; `day`, `start_time`, `end_time` keep services with a schedule on
 * that weekday opening no earlier and closing no later. Pure; never throws.
 */
export function listServices(
  dir: OrukApiDirectory,
  query: OrukServiceQuery,
): Result<OrukPage<OrukServiceSummary>, OrukApiError> {
  if (query.postcode && !dir.records.postcodeCentroid && query.proximityMetres !== undefined)
    return err(domainError('unsupported-filter', 'proximity needs a postcode directory'));
  const hits = dir.entries.filter((e) => matches(dir, e, query)).map((e) => summaryOf(e.oruk));
  return ok(pageOf(hits, query.page, query.perPage));
}

/** `GET /services/{id}`: the fully nested ORUK service, or `not-found`. */
export function getService(dir: OrukApiDirectory, id: string): Result<HsdsService, OrukApiError> {
  const e = dir.byId.get(id);
  return e ? ok(e.oruk) : err(domainError('not-found', `no service ${id}`));
}
