import type {
  AccessibilityFeature,
  Coding,
  DeliveryMode,
  GeoPoint,
  IsoDate,
  IsoInstant,
  LanguageTag,
  ServiceStatus,
  TenantId,
} from '@livewell/core';

/**
 * What to look for, within one tenant's directory. Every criterion given must hold (they are
 * ANDed); lists inside a criterion are "any of" unless noted. Omit a criterion to leave it open.
 * `tenantId` is required: a search never sees another tenant's services, even in an index fed
 * by several tenants. Parse queries from outside with `parseSearchQuery`.
 */
export interface SearchQuery {
  /** The tenant whose services are searched (required; see ADR 0002). */
  readonly tenantId: TenantId;
  /** Taxonomy terms matched against each service's needs and conditions. */
  readonly terms?: readonly Coding[];
  /** `any` (default): at least one term; `all`: every term. */
  readonly termsMatch?: 'any' | 'all';
  /** Free text: every word must start a word in the service's name or description. */
  readonly text?: string;
  /** Within `radiusKm` of `point`, measured to the nearest of the service's locations. */
  readonly near?: {
    readonly point: GeoPoint;
    readonly radiusKm: number;
    /** Also include services with no mapped location (online, phone). Default false. */
    readonly includeRemote?: boolean;
  };
  /** Has a session overlapping [from, until). */
  readonly sessionBetween?: { readonly from: IsoInstant; readonly until: IsoInstant };
  /** A session is running at `options.now`. */
  readonly openNow?: boolean;
  /** Has places available (a service without a capacity limit always has). */
  readonly placesAvailable?: boolean;
  /** Free of charge only. */
  readonly freeOnly?: boolean;
  readonly deliveryModes?: readonly DeliveryMode[];
  /** Every listed feature, offered by the service or one of its locations. */
  readonly accessibility?: readonly AccessibilityFeature[];
  readonly languages?: readonly LanguageTag[];
  /** Statuses to include; default `['active', 'temporarily-closed']`. */
  readonly statuses?: readonly ServiceStatus[];
}

/** How to run a search: the current instant (never read from a clock), paging and freshness. */
export interface SearchOptions {
  readonly now: IsoInstant;
  /** Page size, 1–200 (default 20). */
  readonly limit?: number;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string;
  /** Verification age beyond which a hit is flagged stale (default 365 days). */
  readonly maxAgeDays?: number;
  /** Bank-holiday dates for schedules closed on bank holidays. */
  readonly bankHolidays?: ReadonlySet<IsoDate> | readonly IsoDate[];
}

/** Statuses searched when a query does not say. */
export const DEFAULT_STATUSES: readonly ServiceStatus[] = ['active', 'temporarily-closed'];

/** Days ahead searched for a "next session" when the query gives no session window. */
export const NEXT_SESSION_HORIZON_DAYS = 28;
