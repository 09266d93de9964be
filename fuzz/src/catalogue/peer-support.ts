import { ok, type TenantId } from '@livewell/core';
import {
  codingArb,
  geoPointArb,
  isoDateArb,
  isoInstantArb,
  personArb,
  scheduleArb,
  serviceArb,
} from '@livewell/core/testing';
import * as ps from '@livewell/peer-support';
import * as orukApi from '@livewell/peer-support/oruk';
import fc from 'fast-check';
import { entriesOf, spread } from './define.js';
import type { EntryPoint } from './entry.js';

const tenantId = 'tenant-1' as TenantId;
const directory = ps.exampleDirectory(tenantId, '2026-01-01');
/** A geocoder over two postcodes (London, Leeds); any other is `unknown-postcode`. */
const nearGeocoder = ps.tableGeocoder({
  'SW1A 1AA': { latitude: 51.501, longitude: -0.142 },
  'LS6 2AA': { latitude: 53.82, longitude: -1.57 },
});
const window = { from: '2026-09-01', until: '2026-12-31' } as const;
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** An HSDS service as `toHsdsService` writes it: the example directory's, or a random one. */
const hsdsServiceArb = fc
  .oneof(fc.constantFrom(...directory.services), serviceArb)
  .map((service) => {
    const organisation = directory.organisations.find((o) => o.id === service.organisationId);
    const context = { locations: directory.locations, window };
    return wire(
      orukApi.toHsdsService(service, organisation ? { ...context, organisation } : context).service,
    );
  });

const exampleHsdsSchedules = directory.services.flatMap((service) => {
  const hsds = orukApi.toHsdsService(service, { locations: directory.locations, window }).service;
  return [
    ...(hsds.schedules ?? []),
    ...(hsds.service_at_locations ?? []).flatMap((sal) => sal.schedules ?? []),
  ];
});

const oruk = entriesOf('@livewell/peer-support/oruk', 'oruk', 'result');
const schedule = entriesOf('@livewell/peer-support', 'schedule', 'total');
const search = entriesOf('@livewell/peer-support', 'search-matching', 'result');
const typed = { domain: 'typed', typedError: 'total' } as const;

/** ORUK/HSDS import and its parts. */
export const orukEntries: EntryPoint[] = [
  oruk.call({ name: 'fromHsdsService', valid: hsdsServiceArb.map((s) => [s, { tenantId }]) }, (a) =>
    orukApi.fromHsdsService(a[0], a[1] as orukApi.OrukImportOptions),
  ),
  oruk.call(
    {
      name: 'importSchedule',
      valid: fc.constantFrom(...exampleHsdsSchedules).map((s) => [wire(s), 'schedules[0]']),
      typedError: 'total',
    },
    (a) =>
      orukApi.importSchedule(a[0] as orukApi.HsdsSchedule, orukApi.ukZoneForOffset, a[1] as string),
  ),
  oruk.call(
    { ...typed, name: 'ukZoneForOffset', valid: fc.tuple(fc.constantFrom(0, 60, -300, 120)) },
    spread(orukApi.ukZoneForOffset),
  ),
  oruk.call({ ...typed, name: 'isUuid', valid: fc.tuple(fc.uuid()) }, spread(orukApi.isUuid)),
  oruk.call(
    { ...typed, name: 'stableUuid', valid: fc.tuple(fc.string()) },
    spread(orukApi.stableUuid),
  ),
];

const bankHolidays = ps.englandAndWalesBankHolidays(2026);
const limitArb = fc.oneof(
  fc.record({ count: fc.integer({ min: 1, max: 10 }) }),
  isoInstantArb.map((until) => ({ until })),
);

/** Schedules given raw: next sessions, open-now, bank holidays. */
export const scheduleEntries: EntryPoint[] = [
  schedule.call(
    {
      name: 'nextSessions',
      valid: fc.tuple(scheduleArb, isoInstantArb, limitArb, fc.constant({ bankHolidays })),
      outside: [0, 1, 2, 3],
    },
    spread(ps.nextSessions),
  ),
  schedule.call(
    {
      name: 'isOpenAt',
      valid: fc.tuple(scheduleArb, isoInstantArb, fc.constant({ bankHolidays })),
      outside: [0, 1, 2],
    },
    spread(ps.isOpenAt),
  ),
  schedule.call(
    {
      ...typed,
      name: 'englandAndWalesBankHolidays',
      valid: fc.tuple(fc.integer({ min: 1990, max: 2060 })),
    },
    spread(ps.englandAndWalesBankHolidays),
  ),
];

const queryArb = fc.record(
  {
    tenantId: fc.constant(tenantId),
    terms: fc.array(codingArb, { maxLength: 2 }),
    text: fc.constantFrom('walk', 'diabetes', 'group', ''),
    near: fc.record({ point: geoPointArb, radiusKm: fc.integer({ min: 1, max: 50 }) }),
    openNow: fc.boolean(),
    freeOnly: fc.boolean(),
  },
  { requiredKeys: ['tenantId'] },
);
const optionsArb = fc.record({ now: isoInstantArb, limit: fc.integer({ min: 1, max: 20 }) });
const placeArb = fc.record(
  { point: geoPointArb, postcode: fc.constantFrom('LS6 2AA', 'LS1 1UR', 'M1 1AE') },
  { requiredKeys: [] },
);
const needsOrGoalsArb = fc.array(
  fc.oneof(codingArb, fc.constantFrom('lose weight', 'feel less alone')),
  {
    maxLength: 3,
  },
);

/** Search queries, matching and eligibility given a person's own values. */
export const searchEntries: EntryPoint[] = [
  search.call({ name: 'parseSearchQuery', valid: fc.tuple(queryArb) }, spread(ps.parseSearchQuery)),
  search.call(
    { name: 'parseSearchOptions', valid: fc.tuple(optionsArb) },
    spread(ps.parseSearchOptions),
  ),
  search.call(
    {
      name: 'createSearchIndex',
      variant: 'search',
      valid: fc.tuple(queryArb, optionsArb),
      outside: [0, 1],
    },
    (a) => ps.createSearchIndex(directory).search(a[0] as ps.SearchQuery, a[1] as ps.SearchOptions),
  ),
  search.call(
    { name: 'linearSearch', valid: fc.tuple(queryArb, optionsArb), outside: [0, 1] },
    (a) => ps.linearSearch(directory, a[0] as ps.SearchQuery, a[1] as ps.SearchOptions),
  ),
  search.call(
    {
      name: 'suggestServices',
      valid: fc.tuple(
        personArb.map((p) => ({ ...p, tenantId })),
        needsOrGoalsArb,
        placeArb,
        isoInstantArb,
        fc.constant({ tenantId }),
      ),
      outside: [1, 2, 3, 4],
    },
    (a) =>
      ps.suggestServices(
        ps.createSearchIndex(directory),
        ...(a as Parameters<typeof ps.suggestServices> extends [unknown, ...infer R] ? R : never),
      ),
  ),
  search.call(
    {
      name: 'suggestServicesNear',
      valid: fc.tuple(
        personArb.map((p) => ({ ...p, tenantId })),
        needsOrGoalsArb,
        isoInstantArb,
        placeArb.map((place) => ({ tenantId, place, geocoder: nearGeocoder })),
      ),
      outside: [1, 2, 3],
      typedError: 'async-result',
    },
    (a) =>
      ps.suggestServicesNear(
        ps.createSearchIndex(directory),
        ...(a as Parameters<typeof ps.suggestServicesNear> extends [unknown, ...infer R]
          ? R
          : never),
      ),
  ),
  search.call(
    {
      name: 'locatePlace',
      valid: fc.tuple(placeArb, fc.constant(nearGeocoder)),
      outside: [0],
      typedError: 'async-result',
    },
    async (a) => ok(await ps.locatePlace(a[0] as ps.PersonPlace, a[1] as ps.Geocoder)),
  ),
  search.call(
    {
      name: 'normalisePostcode',
      valid: fc.tuple(fc.constantFrom('ls6 2aa', 'SW1A1AA')),
      outside: [0],
      typedError: 'total',
    },
    (a) => ps.normalisePostcode(a[0] as string),
  ),
  search.call(
    {
      name: 'applyFeedPage',
      valid: fc.tuple(
        fc.constant('service'),
        fc.constant(tenantId),
        fc.subarray([...directory.services], { maxLength: 3 }).map((services) => ({
          items: services.map((record) => ({ record })),
          cursor: 'c1',
          hasMore: false,
        })),
      ),
      outside: [0, 2],
    },
    (a) =>
      ps.applyFeedPage(
        ps.createSearchIndex(directory),
        a[0] as ps.DirectoryKind,
        a[1] as TenantId,
        a[2] as ps.DirectoryFeedPage<string>,
      ),
  ),
  search.call(
    {
      name: 'checkEligibility',
      valid: fc.tuple(fc.constantFrom(...directory.services), personArb, placeArb, isoInstantArb),
      outside: [2, 3],
      typedError: 'total',
    },
    spread(ps.checkEligibility),
  ),
  search.call(
    { ...typed, name: 'needsForGoal', valid: fc.tuple(fc.constantFrom('lose weight', 'walk')) },
    (a) => ps.needsForGoal(a[0] as string),
  ),
  search.call(
    { ...typed, name: 'ageOn', valid: fc.tuple(isoDateArb, isoInstantArb), outside: [0, 1] },
    spread(ps.ageOn),
  ),
  search.call(
    {
      ...typed,
      name: 'postcodeInPrefix',
      valid: fc.tuple(fc.constant('LS6 2AA'), fc.constantFrom('LS6', 'LS', 'M1')),
      outside: [0, 1],
    },
    spread(ps.postcodeInPrefix),
  ),
  search.call(
    {
      ...typed,
      name: 'daysSinceVerified',
      valid: fc.tuple(fc.constantFrom(...directory.services), isoInstantArb),
      outside: [1],
    },
    spread(ps.daysSinceVerified),
  ),
  search.call(
    {
      ...typed,
      name: 'isStale',
      valid: fc.tuple(fc.constantFrom(...directory.services), isoInstantArb, fc.nat(800)),
      outside: [1, 2],
    },
    spread(ps.isStale),
  ),
  search.call(
    {
      ...typed,
      name: 'describeStart',
      valid: fc.tuple(fc.nat(2 ** 41), fc.nat(2 ** 41), fc.constant('Europe/London')),
      outside: [0, 1, 2],
    },
    (a) => ps.describeStart(a[0] as number, a[1] as number, a[2] as string),
  ),
  search.call(
    {
      ...typed,
      name: 'describeDistance',
      valid: fc.tuple(fc.double({ min: 0, max: 100, noNaN: true })),
    },
    spread(ps.describeDistance),
  ),
];
