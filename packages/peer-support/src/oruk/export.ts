import {
  epochDay,
  type IsoDate,
  type Location,
  type Organisation,
  type RecordId,
  type Schedule,
  type Service,
} from '@livewell/core';
import type {
  HsdsAttribute,
  HsdsLocation,
  HsdsService,
  HsdsServiceAtLocation,
} from './hsds-types.js';
import type { OrukNote } from './loss.js';
import { ORUK_SERVICE_SHAPE, restrictTo } from './profile.js';
import { exportScheduleRule } from './schedule-rule-export.js';
import { attributesOf, enumCodings, LINK_TYPES } from './taxonomy.js';
import { hsdsId, stableUuid } from './uuid.js';

/** What export needs besides the service: its organisation and locations, and options. */
export interface OrukExportContext {
  readonly organisation?: Organisation;
  readonly locations: readonly Location[];
  /** Bank holidays, for schedules closed on them (each closed session day splits the rule). */
  readonly bankHolidays?: readonly IsoDate[];
  /**
   * `oruk` (default): only the fields the Open Referral UK profile defines, so a strict ORUK
   * consumer reads all of it. `hsds`: the HSDS 3.0 fields livewell fills (language codes,
   * contact emails and phones, currency, eligibility text, two address lines…).
   */
  readonly profile?: 'oruk' | 'hsds';
  /**
   * With `profile: 'oruk'`, also write what the profile cannot hold, by source path, under
   * `livewell_extensions` (see {@link LIVEWELL_EXTENSIONS}). The result is then no longer
   * valid against the profile schema with additional properties disallowed.
   */
  readonly extras?: boolean;
  /**
   * Ignored: schedules are written as their rule, not as the sessions of a date window (issue
   * 13). Kept so callers written for the windowed export still compile.
   */
  readonly window?: { readonly from: IsoDate; readonly until: IsoDate };
}

/** The extension namespace of livewell's extras in an ORUK export. */
export const LIVEWELL_EXTENSIONS = {
  key: 'livewell_extensions',
  namespace: 'https://livewell.dev/oruk/extensions/v1',
} as const;

const STATUS = { 'temporarily-closed': 'temporarily closed' } as Record<string, string>;

function locationOf(l: Location, notes: OrukNote[], path: string, oneLine: boolean): HsdsLocation {
  const id = hsdsId(l.id);
  const lines = l.address.lines;
  if (lines.length > (oneLine ? 1 : 2))
    notes.push({
      path,
      code: 'address-lines',
      message: oneLine
        ? 'the ORUK profile has one address line: lines joined into address_1'
        : 'HSDS has two address lines: lines 3+ joined into address_2',
    });
  if (l.lastVerified)
    notes.push({
      path,
      code: 'verification-date',
      message: 'HSDS locations carry no verification date',
    });
  return {
    id,
    location_type: 'physical',
    ...(l.organisationId ? { organization_id: hsdsId(l.organisationId) } : {}),
    name: l.name,
    ...(l.description === undefined ? {} : { description: l.description }),
    ...(l.address.point
      ? { latitude: l.address.point.latitude, longitude: l.address.point.longitude }
      : {}),
    addresses: [
      {
        id: stableUuid(`${id}|address`),
        location_id: id,
        address_1: oneLine ? lines.join(', ') : (lines[0] ?? ''),
        ...(!oneLine && lines.length > 1 ? { address_2: lines.slice(1).join(', ') } : {}),
        city: l.address.city ?? '',
        state_province: '',
        postal_code: l.address.postcode ?? '',
        country: 'GB',
        address_type: 'physical',
      },
    ],
    accessibility: [
      ...l.accessibility.map((a, i) => ({
        id: stableUuid(`${id}|access|${i}`),
        location_id: id,
        description: a,
      })),
      ...(l.accessibilityNotes === undefined
        ? []
        : [
            {
              id: stableUuid(`${id}|access|notes`),
              location_id: id,
              description: l.accessibilityNotes,
            },
          ]),
    ],
  };
}

/**
 * Writes a service as the nested HSDS 3.0 / Open Referral UK `service` payload. Returns notes
 * for everything HSDS 3.0 cannot carry (capacity, verification dates of locations, rules with
 * no HSDS form); schedules are split at clock changes (see `exportSchedule`).
 */
export function toHsdsService(
  service: Service,
  context: OrukExportContext,
): { service: HsdsService; notes: OrukNote[] } {
  const id = hsdsId(service.id);
  const notes: OrukNote[] = [];
  const holidays = context.bankHolidays ? new Set(context.bankHolidays.map(epochDay)) : undefined;
  if (service.capacity)
    notes.push({
      path: 'capacity',
      code: 'capacity',
      message: 'HSDS 3.0 has no capacity (service_capacity arrives in 3.1)',
    });
  const oruk = (context.profile ?? 'oruk') === 'oruk';
  // HSDS ids are unique in the payload: a schedule id used again gets a derived one.
  const used = new Set<string>();
  const unique = (s: Schedule): Schedule => {
    let sid = hsdsId(s.id);
    for (let k = 1; used.has(sid); k += 1) sid = stableUuid(`${hsdsId(s.id)}#again#${k}`);
    used.add(sid);
    return sid === hsdsId(s.id) ? s : { ...s, id: sid as RecordId };
  };
  const schedules = service.schedules.flatMap((s, i) => {
    const r = exportScheduleRule(unique(s), { service_id: id }, holidays, `schedules[${i}]`);
    notes.push(...r.notes);
    return r.schedules;
  });
  const locations = new Map(context.locations.map((l) => [l.id as string, l]));
  const sals: HsdsServiceAtLocation[] = service.locations.map((sal, i) => {
    const salId = hsdsId(sal.id);
    const loc = locations.get(sal.locationId);
    sal.schedules.forEach((s, j) => {
      const r = exportScheduleRule(
        unique(s),
        { service_at_location_id: salId },
        holidays,
        `locations[${i}].schedules[${j}]`,
      );
      notes.push(...r.notes);
      schedules.push(...r.schedules);
    });
    return {
      id: salId,
      service_id: id,
      location_id: hsdsId(sal.locationId),
      ...(loc ? { location: locationOf(loc, notes, `locations[${i}]`, oruk) } : {}),
    };
  });
  const org = context.organisation;
  if (org?.lastVerified)
    notes.push({
      path: 'organisation',
      code: 'verification-date',
      message: 'HSDS organisations carry no verification date',
    });
  const e = service.eligibility;
  const currency = service.cost.kind === 'paid' ? service.cost.currency : 'GBP';
  const costKnown = service.cost.kind !== 'unknown' && (!oruk || currency === 'GBP');
  if (!costKnown && service.cost.kind !== 'unknown')
    notes.push({
      path: 'cost',
      code: 'not-in-profile',
      message: `ORUK amounts are in pounds: a ${currency} cost is not written`,
    });
  const full: HsdsService = {
    id,
    organization_id: hsdsId(service.organisationId),
    name: service.name,
    ...(service.description === undefined ? {} : { description: service.description }),
    ...(service.url === undefined ? {} : { url: service.url }),
    ...(service.email === undefined ? {} : { email: service.email }),
    status: STATUS[service.status] ?? service.status,
    ...(e.description === undefined ? {} : { eligibility_description: e.description }),
    ...(e.minAge === undefined ? {} : { minimum_age: e.minAge }),
    ...(e.maxAge === undefined ? {} : { maximum_age: e.maxAge }),
    ...(service.lastVerified === undefined ? {} : { assured_date: service.lastVerified }),
    schedules,
    service_areas: e.areas.map((a, i) => ({
      id: stableUuid(`${id}|area|${i}`),
      service_id: id,
      name: a.name,
      ...(a.kind === 'postcodes'
        ? {
            description: `Postcodes ${a.prefixes.join(', ')}`,
            extent: a.prefixes.join(','),
            extent_type: 'livewell-postcode-prefixes',
          }
        : {
            description: `Within ${a.radiusKm} km of ${a.centre.latitude}, ${a.centre.longitude}`,
            extent: JSON.stringify({
              latitude: a.centre.latitude,
              longitude: a.centre.longitude,
              radiusKm: a.radiusKm,
            }),
            extent_type: 'livewell-radius-km',
          }),
    })),
    service_at_locations: sals,
    languages: oruk
      ? []
      : service.languages.map((code, i) => ({
          id: stableUuid(`${id}|lang|${i}`),
          service_id: id,
          code,
        })),
    ...(org
      ? {
          organization: {
            id: hsdsId(org.id),
            name: org.name,
            description: org.description ?? '',
            ...(org.email ? { email: org.email } : {}),
            ...(org.website ? { website: org.website } : {}),
          },
        }
      : {}),
    cost_options:
      service.cost.kind === 'unknown' || !costKnown
        ? []
        : [
            service.cost.kind === 'free'
              ? {
                  id: stableUuid(`${id}|cost`),
                  service_id: id,
                  option: 'Free',
                  amount: 0,
                  ...(oruk ? {} : { currency: 'GBP' }),
                }
              : {
                  id: stableUuid(`${id}|cost`),
                  service_id: id,
                  option: 'Fee',
                  amount: service.cost.amount,
                  ...(oruk ? {} : { currency: service.cost.currency }),
                  ...(service.cost.per === undefined
                    ? {}
                    : { amount_description: service.cost.per }),
                },
          ],
    contacts: service.contacts.map((c, i) => ({
      id: stableUuid(`${id}|contact|${i}`),
      service_id: id,
      name: c.name,
      ...(c.title === undefined ? {} : { title: c.title }),
      ...(c.email === undefined ? {} : { email: c.email }),
      ...(c.phone === undefined
        ? {}
        : { phones: [{ id: stableUuid(`${id}|contact|${i}|phone`), number: c.phone }] }),
    })),
    attributes: [
      ...attributesOf(id, LINK_TYPES.need, service.needs),
      ...attributesOf(id, LINK_TYPES.condition, service.conditions),
      ...attributesOf(id, LINK_TYPES.eligibilityCondition, e.conditions),
      ...attributesOf(
        id,
        LINK_TYPES.supportKind,
        enumCodings(LINK_TYPES.supportKind, [service.support.kind]),
      ),
      ...attributesOf(
        id,
        LINK_TYPES.supportFormality,
        enumCodings(LINK_TYPES.supportFormality, [service.support.formality]),
      ),
      ...attributesOf(
        id,
        LINK_TYPES.deliveryMode,
        enumCodings(LINK_TYPES.deliveryMode, service.deliveryModes),
      ),
      ...attributesOf(
        id,
        LINK_TYPES.referralRoute,
        enumCodings(LINK_TYPES.referralRoute, service.referralRoutes),
      ),
      ...attributesOf(
        id,
        LINK_TYPES.accessibility,
        enumCodings(LINK_TYPES.accessibility, service.accessibility),
      ),
    ].map((a) => (oruk ? orukAttribute(a) : a)),
  };
  if (service.timetableUnknown)
    notes.push({
      path: 'timetableUnknown',
      code: 'timetable-unknown',
      message:
        'the timetable is incomplete (a source schedule was not imported): HSDS cannot say so',
    });
  if (!oruk) return { service: full, notes };
  const removed: Record<string, unknown> = {};
  if (service.languages.length > 0) {
    notes.push({
      path: 'languages',
      code: 'not-in-profile',
      message: 'ORUK languages carry no language code: not written',
    });
    removed.languages = service.languages;
  }
  if (service.cost.kind === 'paid' && !costKnown) removed.cost = service.cost;
  const restricted = restrictTo(ORUK_SERVICE_SHAPE, full, '', notes, removed) as HsdsService;
  return {
    service:
      context.extras && Object.keys(removed).length > 0
        ? {
            ...restricted,
            [LIVEWELL_EXTENSIONS.key]: {
              namespace: LIVEWELL_EXTENSIONS.namespace,
              fields: removed,
            },
          }
        : restricted,
    notes,
  };
}

/** An attribute in ORUK form: the term's code is written as `term` (ORUK has no `code`). */
function orukAttribute(a: HsdsAttribute): HsdsAttribute {
  const { code, ...term } = a.taxonomy_term ?? { id: '', name: '', description: '' };
  return a.taxonomy_term
    ? { ...a, taxonomy_term: { ...term, ...(code ? { term: code } : {}) } }
    : a;
}
