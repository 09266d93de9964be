import type { GeoPoint } from '@livewell/core';

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in kilometres between two WGS84 points (haversine). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return distanceKmBetween(a.latitude, a.longitude, b.latitude, b.longitude);
}

/** {@link distanceKm} on bare coordinates (for the index's packed rows). */
export function distanceKmBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  return distanceKmFrom(lat1, lon1, cosOfLatitude(lat1), lat2, lon2);
}

/** The cosine of a latitude in degrees, as {@link distanceKmFrom} takes it. */
export const cosOfLatitude = (latitude: number): number => Math.cos(latitude * RAD);

/**
 * {@link distanceKmBetween} from a centre whose latitude's cosine is worked out once
 * ({@link cosOfLatitude}), for a query measuring many points from one centre.
 */
export function distanceKmFrom(
  lat1: number,
  lon1: number,
  cosLat1: number,
  lat2: number,
  lon2: number,
): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + cosLat1 * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Grid cell size in degrees for the spatial index (about 5.6 km north–south). */
export const CELL_DEGREES = 0.05;
/** Slack (km) when ruling a cell out, far above the error of measuring to its nearest corner or edge. */
const CELL_SLACK_KM = 0.5;

/** Row and column offsets that keep every cell number a small positive integer. */
const ROW_OFFSET = 2000;
const COLUMN_OFFSET = 10_000;
/** Cell numbers per grid row: a cell's number is its row's (offset) times this plus its column's. */
export const COLUMNS = 20_000;

const cellNumber = (row: number, column: number): number =>
  (row + ROW_OFFSET) * COLUMNS + (column + COLUMN_OFFSET);

/** The number of the grid cell holding a point (a small integer; equal points, equal cells). */
export const cellOf = (p: GeoPoint): number => cellAt(p.latitude, p.longitude);

/** {@link cellOf} on bare coordinates. */
export const cellAt = (latitude: number, longitude: number): number =>
  cellNumber(Math.floor(latitude / CELL_DEGREES), Math.floor(longitude / CELL_DEGREES));

/**
 * Numbers of every grid cell that may hold a point within `radiusKm` of `centre`: the cells of
 * a generous bounding box, less those whose nearest point is out of range.
 */
export function cellsWithin(centre: GeoPoint, radiusKm: number): number[] {
  const latSpan = radiusKm / 110 + 1e-9;
  const maxLat = Math.min(90, Math.abs(centre.latitude) + latSpan);
  const cosLat = Math.cos(Math.min(89.9, maxLat) * RAD);
  const lonSpan = Math.min(180, radiusKm / (110 * cosLat) + 1e-9);
  const lat0 = Math.floor((centre.latitude - latSpan) / CELL_DEGREES);
  const lat1 = Math.floor((centre.latitude + latSpan) / CELL_DEGREES);
  const lon0 = Math.floor((centre.longitude - lonSpan) / CELL_DEGREES);
  const lon1 = Math.floor((centre.longitude + lonSpan) / CELL_DEGREES);
  const cells: number[] = [];
  for (let la = lat0; la <= lat1; la += 1) {
    const south = la * CELL_DEGREES;
    const latitude = Math.min(Math.max(centre.latitude, south), south + CELL_DEGREES);
    for (let lo = lon0; lo <= lon1; lo += 1) {
      const west = lo * CELL_DEGREES;
      const longitude = Math.min(Math.max(centre.longitude, west), west + CELL_DEGREES);
      // Skip cells whose nearest point is clearly out of range.
      if (distanceKm(centre, { latitude, longitude }) > radiusKm + CELL_SLACK_KM) continue;
      cells.push(cellNumber(la, lo));
    }
  }
  return cells;
}

/** A grid cell near a point: how close its nearest part may be, and whether it lies wholly in range. */
export interface RingCell {
  readonly cell: number;
  /** A lower bound on the distance (km) from the centre to any point in the cell. */
  readonly nearKm: number;
  /** Every point of the cell is within the radius. */
  readonly inside: boolean;
  /**
   * For the flat test (see {@link FLAT_MARGIN}): km per degree of longitude across the cell from the centre (the
   * cosine of their mean latitude); 0 when the flat test may not be used.
   */
  readonly kmPerLonDegree: number;
}

/** Kilometres per degree of latitude (and of longitude at the equator) on the haversine's sphere. */
export const KM_PER_DEGREE = (2 * Math.PI * EARTH_RADIUS_KM) / 360;

/**
 * The flat test's margin: within this share of the radius either side, a point is measured by
 * the haversine. Flat distances across a cell, with the cosine of the mean of the cell's middle
 * and the centre's latitude, stay well within 0.2% of the great-circle distance for radii up
 * to 100 km below 70° of latitude (the error grows with the square of the span and with the
 * tangent of the latitude), so a flat distance outside the margin decides the same as the
 * haversine.
 */
export const FLAT_MARGIN = 0.01;

/** `sin²(x / 2)` of an angle in degrees: the haversine's term for a difference `x`. */
const halfSine2 = (degrees: number): number => Math.sin((degrees * RAD) / 2) ** 2;

/** The haversine's `h` (see {@link distanceKmBetween}) of a distance in km, capped at 1. */
const hOf = (km: number): number =>
  km <= 0 ? 0 : Math.sin(Math.min(Math.PI / 2, km / (2 * EARTH_RADIUS_KM))) ** 2;

/**
 * {@link cellsWithin} with each cell's nearest distance (less the slack, so it never exceeds the
 * true one) and whether the whole cell is in range (its farthest corner, plus the slack, is
 * within the radius: on a sphere a lat/long cell's farthest point from a centre is a corner),
 * nearest first: the rings outward from the centre.
 *
 * The haversine `h = sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2)` is split into its latitude part,
 * worked out once per grid row (and per grid line for the corners), and its longitude part, once
 * per grid column; ruling a cell out then costs an add and a multiply. For fixed latitudes `h`
 * grows with `sin²(Δλ/2)`, so a cell's farthest corner lies on the side with the larger of the two.
 */
export function ringCells(centre: GeoPoint, radiusKm: number): RingCell[] {
  const latSpan = radiusKm / 110 + 1e-9;
  const maxLat = Math.min(90, Math.abs(centre.latitude) + latSpan);
  const cosLat = Math.cos(Math.min(89.9, maxLat) * RAD);
  const lonSpan = Math.min(180, radiusKm / (110 * cosLat) + 1e-9);
  const lat0 = Math.floor((centre.latitude - latSpan) / CELL_DEGREES);
  const lat1 = Math.floor((centre.latitude + latSpan) / CELL_DEGREES);
  const lon0 = Math.floor((centre.longitude - lonSpan) / CELL_DEGREES);
  const lon1 = Math.floor((centre.longitude + lonSpan) / CELL_DEGREES);
  const { latitude: cLat, longitude: cLon } = centre;
  const cosC = Math.cos(cLat * RAD);
  const flat = radiusKm >= 1 && radiusKm <= 100 && Math.abs(cLat) <= 70;
  // Per column: the longitude part to the cell's nearest point and to its farther side.
  const nearLon: number[] = [];
  const farLon: number[] = [];
  for (let lo = lon0; lo <= lon1; lo += 1) {
    const west = lo * CELL_DEGREES;
    const east = west + CELL_DEGREES;
    nearLon.push(halfSine2(Math.min(Math.max(cLon, west), east) - cLon));
    farLon.push(Math.max(halfSine2(west - cLon), halfSine2(east - cLon)));
  }
  const outH = hOf(radiusKm + CELL_SLACK_KM);
  const insideH = hOf(radiusKm - CELL_SLACK_KM);
  const cells: RingCell[] = [];
  for (let la = lat0; la <= lat1; la += 1) {
    const south = la * CELL_DEGREES;
    const north = south + CELL_DEGREES;
    const latitude = Math.min(Math.max(cLat, south), north);
    const nearA = halfSine2(latitude - cLat);
    const nearC = cosC * Math.cos(latitude * RAD);
    const southA = halfSine2(south - cLat);
    const southC = cosC * Math.cos(south * RAD);
    const northA = halfSine2(north - cLat);
    const northC = cosC * Math.cos(north * RAD);
    const kmPerLonDegree = flat
      ? KM_PER_DEGREE * Math.cos(((cLat + (south + north) / 2) / 2) * RAD)
      : 0;
    for (let lo = lon0; lo <= lon1; lo += 1) {
      const j = lo - lon0;
      const h = nearA + nearC * (nearLon[j] as number);
      if (h > outH) continue;
      const near = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
      // Only a cell whose nearest point is well in range can lie wholly in it (far ≥ near).
      const side = farLon[j] as number;
      const inside =
        near + CELL_SLACK_KM <= radiusKm &&
        Math.max(southA + southC * side, northA + northC * side) <= insideH;
      const cell: RingCell = {
        cell: cellNumber(la, lo),
        nearKm: Math.max(0, near - CELL_SLACK_KM),
        inside,
        kmPerLonDegree,
      };
      // Nearest first (an insertion: a few dozen cells, mostly in order already); stable.
      let i = cells.length;
      cells.push(cell);
      while (i > 0 && (cells[i - 1] as RingCell).nearKm > cell.nearKm) {
        cells[i] = cells[i - 1] as RingCell;
        i -= 1;
      }
      cells[i] = cell;
    }
  }
  return cells;
}
