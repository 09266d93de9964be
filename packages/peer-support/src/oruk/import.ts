import {
  type Coding,
  type DomainError,
  domainError,
  err,
  type Location,
  type Organisation,
  ok,
  type ParseIssue,
  parseLocation,
  parseOrganisation,
  parseService,
  parseTenantId,
  type RecordId,
  type Result,
  readPlainJson,
  type Schedule,
  type Service,
  type ServiceArea,
  type TenantId,
} from '@livewell/core';
import type { HsdsTaxonomyTerm } from './hsds-types.js';
import type { OrukNote } from './loss.js';
import { isObject, num, objects, opt, str } from './read.js';
import { importSchedule, ukZoneForOffset, type ZoneForOffset } from './schedule-import.js';
import { codingOf, LINK_TYPES } from './taxonomy.js';

/** Why an HSDS payload could not be imported. */
export type OrukError = DomainError<'invalid-hsds'> & { readonly issues: readonly ParseIssue[] };

/** A service read from HSDS, with the organisation and locations nested in it. */
export interface OrukImport {
  readonly service: Service;
  readonly organisation?: Organisation;
  readonly locations: Location[];
  readonly notes: OrukNote[];
}

/** Settings for {@link fromHsdsService}. */
export interface OrukImportOptions {
  readonly tenantId: TenantId;
  /** How to read UTC offsets; default: 0 and +1 hour are `Europe/London`. */
  readonly zoneForOffset?: ZoneForOffset;
}

const fail = (message: string, issues: readonly ParseIssue[] = []): Result<never, OrukError> =>
  err({ ...domainError('invalid-hsds', message), issues });

function codingsFor(attributes: Record<string, unknown>[], linkType: string): Coding[] {
  return attributes
    .filter((a) => a.link_type === linkType && isObject(a.taxonomy_term))
    .flatMap((a) => {
      const c = codingOf(a.taxonomy_term as unknown as HsdsTaxonomyTerm);
      return c ? [c] : [];
    });
}

/** The caller's zone reader, made total: a reader that throws reads the offset as unknown. */
const guardZone =
  (read: ZoneForOffset): ZoneForOffset =>
  (offset) => {
    try {
      return read(offset);
    } catch {
      return undefined;
    }
  };

const codes = (attributes: Record<string, unknown>[], linkType: string) =>
  codingsFor(attributes, linkType).map((c) => c.code);

function areaOf(a: Record<string, unknown>): ServiceArea | undefined {
  const name = str(a.name) ?? 'Area';
  const extent = str(a.extent) ?? '';
  if (a.extent_type === 'livewell-postcode-prefixes') {
    return { kind: 'postcodes', name, prefixes: extent.split(',').filter((p) => p.length > 0) };
  }
  if (a.extent_type === 'livewell-radius-km') {
    try {
      const c: unknown = JSON.parse(extent);
      if (
        isObject(c) &&
        num(c.latitude) !== undefined &&
        num(c.longitude) !== undefined &&
        num(c.radiusKm) !== undefined
      ) {
        return {
          kind: 'radius',
          name,
          centre: { latitude: c.latitude as number, longitude: c.longitude as number },
          radiusKm: c.radiusKm as number,
        };
      }
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Reads a nested HSDS 3.0 / Open Referral UK `service` payload into our records. The payload is
 * first copied as plain JSON (so getters, proxies and cycles give a typed error, and the
 * caller's value is never touched), then every field is checked for its type before it is read.
 * Schedules are read with `zoneForOffset` (UK offsets as Europe/London); anything HSDS-valid we
 * cannot hold is skipped with a note. The result is checked with our own parsers, so an import
 * never yields an invalid record. Never throws: every failure is an `invalid-hsds` error.
 */
export function fromHsdsService(
  payload: unknown,
  options: OrukImportOptions,
): Result<OrukImport, OrukError> {
  const copy = readPlainJson(payload, 'HSDS service');
  if (!copy.ok) return fail(`Not readable as HSDS JSON: ${copy.error.message}`, copy.error.issues);
  const input = copy.value;
  if (!isObject(input) || str(input.id) === undefined || str(input.name) === undefined) {
    return fail('Not an HSDS service: id and name are required.');
  }
  const tenant = parseTenantId(options.tenantId);
  if (!tenant.ok) return fail(`The tenant to import into is not valid: ${tenant.error.message}`);
  const notes: OrukNote[] = [];
  const zone = guardZone(options.zoneForOffset ?? ukZoneForOffset);
  const base = { schemaVersion: 1 as const, tenantId: tenant.value };
  const readSchedules = (list: unknown, path: string): Schedule[] =>
    objects(list).flatMap((h, i) => {
      const r = importSchedule(h, zone, `${path}[${i}]`);
      notes.push(...r.notes);
      return r.schedule ? [r.schedule] : [];
    });
  const attributes = objects(input.attributes);
  const locations: Location[] = [];
  const sals = objects(input.service_at_locations).map((sal, i) => {
    const loc = isObject(sal.location) ? sal.location : undefined;
    const locationId = str(sal.location_id) ?? str(loc?.id) ?? '';
    if (loc) {
      const address = objects(loc.addresses)[0] ?? {};
      const lines = [str(address.address_1), str(address.address_2)].filter(
        (l): l is string => !!l,
      );
      const lat = num(loc.latitude);
      const lon = num(loc.longitude);
      locations.push({
        ...base,
        id: locationId as RecordId,
        ...opt('organisationId', str(loc.organization_id) as RecordId | undefined),
        name: str(loc.name) ?? 'Location',
        ...opt('description', str(loc.description)),
        address: {
          lines,
          ...opt('city', str(address.city) || undefined),
          ...opt('postcode', str(address.postal_code) || undefined),
          ...(lat !== undefined && lon !== undefined
            ? { point: { latitude: lat, longitude: lon } }
            : {}),
        },
        accessibility: objects(loc.accessibility).flatMap((a) => {
          const d = str(a.description);
          return d ? [d as Location['accessibility'][number]] : [];
        }),
      });
    }
    return {
      id: (str(sal.id) ?? '') as RecordId,
      locationId: locationId as RecordId,
      schedules: readSchedules(sal.schedules, `service_at_locations[${i}].schedules`),
    };
  });
  const cost = objects(input.cost_options)[0];
  const amount = num(cost?.amount);
  if (!cost)
    notes.push({
      path: 'cost_options',
      code: 'cost-unknown',
      message: 'no cost option: read as free — check',
    });
  const org = isObject(input.organization) ? input.organization : undefined;
  const organisation: Organisation | undefined = org && {
    ...base,
    id: (str(org.id) ?? '') as RecordId,
    name: str(org.name) ?? '',
    ...opt('description', str(org.description) || undefined),
    ...opt('email', str(org.email)),
    ...opt('website', str(org.website)),
  };
  const status = str(input.status) === 'temporarily closed' ? 'temporarily-closed' : input.status;
  const contacts = objects(input.contacts).map((c) => ({
    name: str(c.name) ?? '',
    ...opt('title', str(c.title)),
    ...opt('email', str(c.email)),
    ...opt('phone', str(objects(c.phones)[0]?.number)),
  }));
  const kind = codes(attributes, LINK_TYPES.supportKind)[0];
  const formality = codes(attributes, LINK_TYPES.supportFormality)[0];
  const candidate = {
    ...base,
    id: input.id,
    organisationId: str(input.organization_id) ?? str(org?.id),
    name: input.name,
    ...opt('description', str(input.description)),
    ...opt('url', str(input.url)),
    ...opt('email', str(input.email)),
    status,
    needs: codingsFor(attributes, LINK_TYPES.need),
    conditions: codingsFor(attributes, LINK_TYPES.condition),
    support: { kind, formality },
    deliveryModes: codes(attributes, LINK_TYPES.deliveryMode),
    referralRoutes: codes(attributes, LINK_TYPES.referralRoute),
    eligibility: {
      ...opt('minAge', num(input.minimum_age)),
      ...opt('maxAge', num(input.maximum_age)),
      conditions: codingsFor(attributes, LINK_TYPES.eligibilityCondition),
      areas: objects(input.service_areas).flatMap((a) => {
        const area = areaOf(a);
        return area ? [area] : [];
      }),
      ...opt('description', str(input.eligibility_description)),
    },
    cost:
      !cost || amount === 0 || amount === undefined
        ? { kind: 'free' }
        : {
            kind: 'paid',
            amount,
            currency: str(cost.currency) ?? 'GBP',
            ...opt('per', str(cost.amount_description)),
          },
    languages: objects(input.languages).flatMap((l) => (str(l.code) ? [str(l.code)] : [])),
    accessibility: codes(attributes, LINK_TYPES.accessibility),
    contacts,
    locations: sals,
    schedules: readSchedules(input.schedules, 'schedules'),
    ...opt('lastVerified', str(input.assured_date)),
  };
  const service = parseService(candidate);
  if (!service.ok)
    return fail(
      `The HSDS service does not fit livewell's model: ${service.error.message}`,
      service.error.issues,
    );
  const parsedLocations: Location[] = [];
  for (const l of locations) {
    const r = parseLocation(l);
    if (!r.ok) return fail(`An HSDS location does not fit: ${r.error.message}`, r.error.issues);
    parsedLocations.push(r.value);
  }
  if (organisation) {
    const r = parseOrganisation(organisation);
    if (!r.ok)
      return fail(`The HSDS organization does not fit: ${r.error.message}`, r.error.issues);
    return ok({ service: service.value, organisation: r.value, locations: parsedLocations, notes });
  }
  return ok({ service: service.value, locations: parsedLocations, notes });
}
