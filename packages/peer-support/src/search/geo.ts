import type { GeoPoint } from '@livewell/core';

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in kilometres between two WGS84 points (haversine). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return distanceKmBetween(a.latitude, a.longitude, b.latitude, b.longitude);
}

/** {@link distanceKm} on bare coordinates (for the index's packed rows). */
export function distanceKmBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
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

/**
 * The distance from a centre to the farthest corner of a cell. For fixed latitudes the
 * great-circle distance grows with the longitude difference up to 180°, so when both of the
 * cell's sides are within 180° of the centre only the farther side's two corners are measured.
 */
function farCorner(
  cLat: number,
  cLon: number,
  south: number,
  north: number,
  west: number,
  east: number,
): number {
  const dWest = Math.abs(west - cLon);
  const dEast = Math.abs(east - cLon);
  if (dWest <= 180 && dEast <= 180) {
    const side = dWest > dEast ? west : east;
    return Math.max(
      distanceKmBetween(cLat, cLon, south, side),
      distanceKmBetween(cLat, cLon, north, side),
    );
  }
  return Math.max(
    distanceKmBetween(cLat, cLon, south, west),
    distanceKmBetween(cLat, cLon, south, east),
    distanceKmBetween(cLat, cLon, north, west),
    distanceKmBetween(cLat, cLon, north, east),
  );
}

/**
 * {@link cellsWithin} with each cell's nearest distance (less the slack, so it never exceeds the
 * true one) and whether the whole cell is in range (its farthest corner, plus the slack, is
 * within the radius: on a sphere a lat/long cell's farthest point from a centre is a corner),
 * nearest first: the rings outward from the centre.
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
  const flat = radiusKm >= 1 && radiusKm <= 100 && Math.abs(cLat) <= 70;
  const cells: RingCell[] = [];
  for (let la = lat0; la <= lat1; la += 1) {
    const south = la * CELL_DEGREES;
    const north = south + CELL_DEGREES;
    const latitude = Math.min(Math.max(cLat, south), north);
    for (let lo = lon0; lo <= lon1; lo += 1) {
      const west = lo * CELL_DEGREES;
      const east = west + CELL_DEGREES;
      const near = distanceKmBetween(cLat, cLon, latitude, Math.min(Math.max(cLon, west), east));
      if (near > radiusKm + CELL_SLACK_KM) continue;
      // Only a cell whose nearest point is well in range can lie wholly in it (far ≥ near).
      const far =
        near + CELL_SLACK_KM > radiusKm
          ? Number.POSITIVE_INFINITY
          : farCorner(cLat, cLon, south, north, west, east);
      cells.push({
        cell: cellNumber(la, lo),
        nearKm: Math.max(0, near - CELL_SLACK_KM),
        inside: far + CELL_SLACK_KM <= radiusKm,
        kmPerLonDegree: flat
          ? KM_PER_DEGREE * Math.cos(((cLat + (south + north) / 2) / 2) * RAD)
          : 0,
      });
    }
  }
  return cells.sort((a, b) => a.nearKm - b.nearKm);
}
