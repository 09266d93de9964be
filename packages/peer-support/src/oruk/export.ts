import {
  createZoneClock,
  epochDay,
  type IsoDate,
  type Location,
  type Organisation,
  type Service,
} from '@livewell/core';
import type { HsdsLocation, HsdsService, HsdsServiceAtLocation } from './hsds-types.js';
import type { OrukNote } from './loss.js';
import { exportSchedule } from './schedule-export.js';
import { attributesOf, enumCodings, LINK_TYPES } from './taxonomy.js';
import { hsdsId, stableUuid } from './uuid.js';

/** What export needs besides the service: its organisation and locations, and a date window. */
export interface OrukExportContext {
  readonly organisation?: Organisation;
  readonly locations: readonly Location[];
  /** Local dates whose sessions are written (HSDS cannot say "in Europe/London, for ever"). */
  readonly window: { readonly from: IsoDate; readonly until: IsoDate };
  /** Bank holidays, for schedules closed on them. */
  readonly bankHolidays?: readonly IsoDate[];
}

const STATUS = { 'temporarily-closed': 'temporarily closed' } as Record<string, string>;

function locationOf(l: Location, notes: OrukNote[], path: string): HsdsLocation {
  const id = hsdsId(l.id);
  const lines = l.address.lines;
  if (lines.length > 2)
    notes.push({
      path,
      code: 'address-lines',
      message: 'HSDS has two address lines: lines 3+ joined into address_2',
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
        address_1: lines[0] ?? '',
        ...(lines.length > 1 ? { address_2: lines.slice(1).join(', ') } : {}),
        city: l.address.city ?? '',
        state_province: '',
        postal_code: l.address.postcode ?? '',
        country: 'GB',
        address_type: 'physical',
      },
    ],
    accessibility: l.accessibility.map((a, i) => ({
      id: stableUuid(`${id}|access|${i}`),
      location_id: id,
      description: a,
    })),
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
  const clock = createZoneClock();
  const holidays = context.bankHolidays ? new Set(context.bankHolidays.map(epochDay)) : undefined;
  if (service.capacity)
    notes.push({
      path: 'capacity',
      code: 'capacity',
      message: 'HSDS 3.0 has no capacity (service_capacity arrives in 3.1)',
    });
  const schedules = service.schedules.flatMap((s, i) => {
    const r = exportSchedule(
      clock,
      s,
      { service_id: id },
      context.window,
      holidays,
      `schedules[${i}]`,
    );
    notes.push(...r.notes);
    return r.schedules;
  });
  const locations = new Map(context.locations.map((l) => [l.id as string, l]));
  const sals: HsdsServiceAtLocation[] = service.locations.map((sal, i) => {
    const salId = hsdsId(sal.id);
    const loc = locations.get(sal.locationId);
    return {
      id: salId,
      service_id: id,
      location_id: hsdsId(sal.locationId),
      schedules: sal.schedules.flatMap((s, j) => {
        const r = exportSchedule(
          clock,
          s,
          { service_at_location_id: salId },
          context.window,
          holidays,
          `locations[${i}].schedules[${j}]`,
        );
        notes.push(...r.notes);
        return r.schedules;
      }),
      ...(loc ? { location: locationOf(loc, notes, `locations[${i}]`) } : {}),
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
  return {
    service: {
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
      languages: service.languages.map((code, i) => ({
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
        service.cost.kind === 'unknown'
          ? []
          : [
              service.cost.kind === 'free'
                ? {
                    id: stableUuid(`${id}|cost`),
                    service_id: id,
                    option: 'Free',
                    amount: 0,
                    currency: 'GBP',
                  }
                : {
                    id: stableUuid(`${id}|cost`),
                    service_id: id,
                    option: 'Fee',
                    amount: service.cost.amount,
                    currency: service.cost.currency,
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
      ],
    },
    notes,
  };
}
