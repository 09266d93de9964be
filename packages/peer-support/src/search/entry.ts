import type {
  AccessibilityFeature,
  Coding,
  GeoPoint,
  Location,
  RecordId,
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

/** Works out an {@link IndexedService}, looking locations up by record key. */
export function indexService(
  service: Service,
  locationByKey: (key: string) => Location | undefined,
): IndexedService {
  const locations = service.locations
    .map((sal) => locationByKey(recordKey(service.tenantId, sal.locationId)))
    .filter((l): l is Location => l !== undefined);
  const nameTokens = new Set(tokenize(service.name));
  return {
    key: recordKey(service.tenantId, service.id),
    service,
    schedules: [...service.schedules, ...service.locations.flatMap((sal) => sal.schedules)].map(
      prepareSchedule,
    ),
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
