import type {
  AccessibilityFeature,
  Coding,
  GeoPoint,
  Location,
  RecordId,
  Schedule,
  Service,
  TenantId,
} from '@livewell/core';
import { type PreparedSchedule, prepareSchedule } from '../schedule/occurs.js';
import { tokenize } from './text.js';

/** A service with everything a query needs worked out once. */
export interface IndexedService {
  readonly key: string;
  readonly service: Service;
  readonly schedules: readonly PreparedSchedule[];
  /** Map points of the service's locations that exist and are placed. */
  readonly points: readonly GeoPoint[];
  readonly accessibility: ReadonlySet<AccessibilityFeature>;
  readonly nameTokens: ReadonlySet<string>;
  readonly tokens: ReadonlySet<string>;
  readonly termKeys: ReadonlySet<string>;
}

/** The key of a record within the index: tenant and id (ids may repeat across tenants). */
export const recordKey = (tenantId: TenantId, id: RecordId): string => `${tenantId}/${id}`;

/** The key of a taxonomy term: system and code. */
export const termKey = (c: Coding): string => `${c.system}|${c.code}`;

/**
 * The service's schedule at `index` in search order: its own schedules, then each location's
 * in turn (the order of {@link IndexedService.schedules}).
 */
export function scheduleAt(service: Service, index: number): Schedule | undefined {
  if (index < service.schedules.length) return service.schedules[index];
  let i = index - service.schedules.length;
  for (const sal of service.locations) {
    if (i < sal.schedules.length) return sal.schedules[i];
    i -= sal.schedules.length;
  }
  return undefined;
}

/** Every schedule of a service in search order (see {@link scheduleAt}). */
export const schedulesOf = (service: Service): Schedule[] => [
  ...service.schedules,
  ...service.locations.flatMap((sal) => sal.schedules),
];

/**
 * Works out an {@link IndexedService}, looking its locations up. `prepare` may hand
 * out one prepared schedule for several equal schedules (the search index shares them), so a
 * prepared schedule's own `id` is not the service's: use {@link scheduleAt}.
 */
export function indexService(
  service: Service,
  locationOf: (tenantId: TenantId, id: RecordId) => Location | undefined,
  prepare: (schedule: Schedule) => PreparedSchedule = prepareSchedule,
): IndexedService {
  const locations = service.locations
    .map((sal) => locationOf(service.tenantId, sal.locationId))
    .filter((l): l is Location => l !== undefined);
  const nameTokens = new Set(tokenize(service.name));
  return {
    key: recordKey(service.tenantId, service.id),
    service,
    schedules: schedulesOf(service).map((s) => prepare(s)),
    points: locations.flatMap((l) => (l.address.point ? [l.address.point] : [])),
    accessibility: new Set([
      ...service.accessibility,
      ...locations.flatMap((l) => l.accessibility),
    ]),
    nameTokens,
    tokens: new Set([...nameTokens, ...tokenize(service.description ?? '')]),
    termKeys: new Set([...service.needs, ...service.conditions].map(termKey)),
  };
}
