/**
 * What the database can narrow a directory search by: the parts of a peer-support
 * `SearchQuery` that stored documents' indexes answer (a `SearchQuery` is one of these). Every
 * other criterion, the score and the page are left to the ranking function.
 */
export interface StoredSearchCriteria {
  /** The tenant whose services are searched (required). */
  readonly tenantId: string;
  /** Coded needs or categories a service must carry (none: any service). */
  readonly terms?: readonly { readonly system: string; readonly code: string }[];
  /** Whether a service needs any of `terms` (the default) or all of them. */
  readonly termsMatch?: 'any' | 'all';
  /** A circle its in-person locations must reach (remote services too, with `includeRemote`). */
  readonly near?: {
    readonly point: { readonly latitude: number; readonly longitude: number };
    readonly radiusKm: number;
    readonly includeRemote?: boolean;
  };
  /** The service statuses to include (none: every status). */
  readonly statuses?: readonly string[];
}

/** The criteria as read once for the statement; `undefined` parts narrow nothing. */
export interface ReadCriteria {
  readonly tenantId: string;
  readonly termKeys: readonly string[] | undefined;
  readonly allTerms: boolean;
  /** A box holding every point within the radius (`undefined` longitudes: all of them). */
  readonly box:
    | {
        readonly south: number;
        readonly north: number;
        readonly west: number | undefined;
        readonly east: number | undefined;
      }
    | undefined;
  readonly statuses: readonly string[] | undefined;
}

const RAD = Math.PI / 180;
/** Fewer km per degree than the haversine's sphere (111.19), so the box is never too small. */
const KM_PER_DEGREE = 110;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function readTerms(terms: unknown): string[] | undefined {
  if (!Array.isArray(terms) || terms.length === 0) return undefined;
  const keys: string[] = [];
  for (const t of terms) {
    if (!isRecord(t) || typeof t.system !== 'string' || typeof t.code !== 'string') {
      return undefined;
    }
    keys.push(`${t.system}|${t.code}`);
  }
  return [...new Set(keys)];
}

function readBox(near: unknown): ReadCriteria['box'] {
  if (!isRecord(near) || near.includeRemote === true || !isRecord(near.point)) return undefined;
  const { latitude, longitude } = near.point;
  const radius = near.radiusKm;
  if (!finite(latitude) || !finite(longitude) || !finite(radius) || radius < 0) return undefined;
  const latSpan = radius / KM_PER_DEGREE + 1e-6;
  const south = latitude - latSpan;
  const north = latitude + latSpan;
  const widest = Math.min(89.9, Math.max(Math.abs(south), Math.abs(north)));
  const lonSpan = radius / (KM_PER_DEGREE * Math.cos(widest * RAD)) + 1e-6;
  // A box over a pole or across the antimeridian: narrow by latitude only.
  const wraps =
    Math.abs(north) >= 89.9 ||
    Math.abs(south) >= 89.9 ||
    longitude - lonSpan < -180 ||
    longitude + lonSpan > 180;
  return {
    south,
    north,
    west: wraps ? undefined : longitude - lonSpan,
    east: wraps ? undefined : longitude + lonSpan,
  };
}

/**
 * Reads the criteria the database narrows by, never throwing: a criterion that cannot be read
 * narrows nothing (the ranking function's own parser refuses the query), and a query without a
 * readable tenant answers `undefined` (nothing is read from the database).
 */
export function readCriteria(query: unknown): ReadCriteria | undefined {
  try {
    if (!isRecord(query)) return undefined;
    const tenantId = query.tenantId;
    if (typeof tenantId !== 'string' || tenantId === '') return undefined;
    const statuses = query.statuses;
    return {
      tenantId,
      termKeys: readTerms(query.terms),
      allTerms: query.termsMatch === 'all',
      box: readBox(query.near),
      statuses:
        Array.isArray(statuses) && statuses.every((s) => typeof s === 'string')
          ? [...statuses]
          : undefined,
    };
  } catch {
    return undefined;
  }
}
