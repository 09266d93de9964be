import { type DomainError, domainError, err, type GeoPoint, ok, type Result } from '@livewell/core';
import type { PersonPlace } from './eligibility.js';

/** Why a postcode gave no point: not known to the geocoder, or the geocoder failed. */
export type GeocodeError = DomainError<'unknown-postcode' | 'geocoder-unavailable'>;

/**
 * The port for turning a postcode into a map point (an ONS postcode directory, a gazetteer
 * service, a table). livewell does no I/O: the adopter supplies one. It answers with a value,
 * never by throwing (a throw or rejection is taken as `geocoder-unavailable`).
 */
export interface Geocoder {
  locate(postcode: string): Promise<Result<GeoPoint, GeocodeError>>;
}

/** A postcode in one spelling: upper case, one space before the inward code (`''` for a non-string). */
export function normalisePostcode(postcode: string): string {
  if (typeof postcode !== 'string') return '';
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

/**
 * A {@link Geocoder} over a table of postcodes and points (e.g. loaded from the ONS postcode
 * directory), matching postcodes in any spacing and case.
 */
export function tableGeocoder(
  points: ReadonlyMap<string, GeoPoint> | Record<string, GeoPoint>,
): Geocoder {
  const table = new Map<string, GeoPoint>();
  const entries = points instanceof Map ? [...points] : Object.entries(points);
  for (const [postcode, point] of entries) table.set(normalisePostcode(postcode), point);
  return {
    locate: async (postcode) => {
      const point =
        typeof postcode === 'string' ? table.get(normalisePostcode(postcode)) : undefined;
      return point
        ? ok(point)
        : err(
            domainError(
              'unknown-postcode',
              `No map point is known for postcode '${String(postcode)}'.`,
            ),
          );
    },
  };
}

/** A place with its map point settled: given, found from the postcode, or not to be had. */
export interface LocatedPlace {
  readonly place: PersonPlace;
  /** `given`: the place had a point; `geocoded`: found from its postcode; `unknown`: neither. */
  readonly located: 'given' | 'geocoded' | 'unknown';
  /** Why the postcode gave no point, when it was tried. */
  readonly geocodeError?: GeocodeError;
}

/**
 * Gives a place a map point from its postcode when it has none, through `geocoder`. Never
 * rejects: a geocoder that fails leaves the place without a point (`located: 'unknown'`).
 */
export async function locatePlace(
  place: PersonPlace,
  geocoder: Geocoder | undefined,
): Promise<LocatedPlace> {
  let postcode: string | undefined;
  try {
    if (place.point) return { place, located: 'given' };
    postcode = place.postcode;
  } catch {
    // A place that cannot be read has no point to be had: distance stays unknown, never a throw.
    return { place: {}, located: 'unknown' };
  }
  if (postcode === undefined || geocoder === undefined) return { place, located: 'unknown' };
  let found: Result<GeoPoint, GeocodeError>;
  try {
    found = await geocoder.locate(postcode);
  } catch {
    found = err(domainError('geocoder-unavailable', 'The geocoder failed.'));
  }
  if (found.ok) return { place: { ...place, point: found.value }, located: 'geocoded' };
  return { place, located: 'unknown', geocodeError: found.error };
}
