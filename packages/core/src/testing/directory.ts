import fc from 'fast-check';
import type {
  Capacity,
  Contact,
  Cost,
  Eligibility,
  Location,
  Organisation,
  Service,
  ServiceArea,
  ServiceAtLocation,
} from '../directory/index.js';
import type { Coding } from '../shared/coding.js';
import type { GeoPoint } from '../shared/geo.js';
import type { RecordId, TenantId } from '../shared/ids.js';
import { scheduleArb } from './directory-schedule.js';
import {
  addressArb,
  isoDateArb,
  isoInstantArb,
  recordIdArb,
  tenantIdArb,
  textArb,
} from './shared.js';

export {
  recurrenceArb,
  scheduleArb,
  scheduleDateArb,
  scheduleExceptionArb,
} from './directory-schedule.js';

const NEED_SYSTEM = 'https://livewell.dev/fhir/CodeSystem/support-need';

/** A small pool of need terms, so random services and queries overlap often. */
export const needTermPool: readonly Coding[] = [
  'physical-activity',
  'loneliness',
  'weight',
  'mental-wellbeing',
  'healthy-eating',
  'carers',
  'money-advice',
  'stop-smoking',
].map((code) => ({ system: NEED_SYSTEM, code, display: code.replace('-', ' ') }));

/** A small pool of SNOMED CT condition terms. */
export const conditionTermPool: readonly Coding[] = [
  ['44054006', 'Type 2 diabetes mellitus'],
  ['13645005', 'Chronic obstructive lung disease'],
  ['38341003', 'Hypertensive disorder'],
  ['195967001', 'Asthma'],
  ['35489007', 'Depressive disorder'],
].map(([code, display]) => ({ system: 'http://snomed.info/sct', code: code ?? '', display }));

/** A need term from {@link needTermPool}. */
export const needTermArb: fc.Arbitrary<Coding> = fc.constantFrom(...needTermPool);
/** A condition term from {@link conditionTermPool}. */
export const conditionTermArb: fc.Arbitrary<Coding> = fc.constantFrom(...conditionTermPool);

const terms = (arb: fc.Arbitrary<Coding>, maxLength: number) =>
  fc.uniqueArray(arb, { maxLength, selector: (c) => `${c.system}|${c.code}` });

/** A point in England (a rough bounding box). */
export const englandPointArb: fc.Arbitrary<GeoPoint> = fc
  .record({
    latitude: fc.double({ min: 50.2, max: 55.6, noNaN: true }),
    longitude: fc.double({ min: -5.5, max: 1.6, noNaN: true }),
  })
  // JSON has no negative zero: keep values that survive a JSON round trip.
  .map(({ latitude, longitude }) => ({ latitude: latitude + 0, longitude: longitude + 0 }));

/** An area a service covers. */
export const serviceAreaArb: fc.Arbitrary<ServiceArea> = fc.oneof(
  fc.record({
    kind: fc.constant('postcodes' as const),
    name: textArb(30),
    prefixes: fc.array(fc.stringMatching(/^[A-Z]{1,2}[0-9]{1,2}$/), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('radius' as const),
    name: textArb(30),
    centre: englandPointArb,
    radiusKm: fc.double({ min: 1, max: 50, noNaN: true }),
  }),
);

/** Who a service is for. */
export const eligibilityArb: fc.Arbitrary<Eligibility> = fc
  .record({
    ages: fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })),
    useMin: fc.boolean(),
    useMax: fc.boolean(),
    conditions: terms(conditionTermArb, 2),
    areas: fc.array(serviceAreaArb, { maxLength: 2 }),
    description: fc.option(textArb(60), { nil: undefined }),
  })
  .map((r): Eligibility => {
    const [lo, hi] = r.ages[0] <= r.ages[1] ? r.ages : [r.ages[1], r.ages[0]];
    const e: Eligibility = { conditions: r.conditions, areas: r.areas };
    if (r.useMin) e.minAge = lo;
    if (r.useMax) e.maxAge = hi;
    if (r.description !== undefined) e.description = r.description;
    return e;
  });

/** What a service costs. */
export const costArb: fc.Arbitrary<Cost> = fc.oneof(
  fc.constant({ kind: 'free' } as Cost),
  fc
    .record(
      {
        kind: fc.constant('paid' as const),
        amount: fc.integer({ min: 1, max: 5000 }).map((pence) => pence / 100),
        currency: fc.constant('GBP'),
        per: fc.constantFrom('per session', 'per course'),
      },
      { requiredKeys: ['kind', 'amount', 'currency'] },
    )
    .map((c) => c as Cost),
);

/** Places per session and places available. */
export const capacityArb: fc.Arbitrary<Capacity> = fc
  .tuple(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 80 }), isoInstantArb)
  .map(([a, b, updated]) => ({
    placesPerSession: Math.max(a, b),
    available: Math.min(a, b),
    updated,
  }));

/** A contact. */
export const contactArb: fc.Arbitrary<Contact> = fc.record(
  {
    name: textArb(40),
    title: textArb(40),
    email: fc.stringMatching(/^[a-z]{1,10}@[a-z]{1,10}\.org\.uk$/),
    phone: fc.stringMatching(/^0[0-9]{4} [0-9]{6}$/),
  },
  { requiredKeys: ['name'] },
);

/** An organisation running services. */
export const organisationArb: fc.Arbitrary<Organisation> = fc.record(
  {
    schemaVersion: fc.constant(1 as const),
    id: recordIdArb,
    tenantId: tenantIdArb,
    name: textArb(60),
    description: textArb(120),
    website: fc.stringMatching(/^https:\/\/[a-z]{1,12}\.org\.uk$/),
    email: fc.stringMatching(/^[a-z]{1,10}@[a-z]{1,10}\.org\.uk$/),
    lastVerified: isoDateArb,
  },
  { requiredKeys: ['schemaVersion', 'id', 'tenantId', 'name'] },
);

const accessibilityArb = fc.uniqueArray(
  fc.constantFrom(
    'wheelchair-access',
    'step-free',
    'accessible-toilet',
    'hearing-loop',
    'bsl-interpreter',
    'large-print',
    'easy-read',
    'quiet-space',
    'parking',
  ),
  { maxLength: 4 },
);

/** A location; its address has a point in England. */
export const locationArb: fc.Arbitrary<Location> = fc.record(
  {
    schemaVersion: fc.constant(1 as const),
    id: recordIdArb,
    tenantId: tenantIdArb,
    organisationId: recordIdArb,
    name: textArb(60),
    description: textArb(120),
    address: fc
      .tuple(addressArb, englandPointArb)
      .map(([address, point]) => ({ ...address, point })),
    accessibility: accessibilityArb,
    lastVerified: isoDateArb,
  },
  { requiredKeys: ['schemaVersion', 'id', 'tenantId', 'name', 'address', 'accessibility'] },
);

/** A service at a location. */
export const serviceAtLocationArb: fc.Arbitrary<ServiceAtLocation> = fc.record({
  id: recordIdArb,
  locationId: recordIdArb,
  schedules: fc.array(scheduleArb, { maxLength: 2 }),
});

export { accessibilityArb as accessibilityFeaturesArb };

/** A peer-support group or community service (locations referenced by arbitrary ids). */
export const serviceArb: fc.Arbitrary<Service> = fc
  .record(
    {
      schemaVersion: fc.constant(1 as const),
      id: recordIdArb,
      tenantId: tenantIdArb,
      organisationId: recordIdArb,
      name: textArb(60),
      description: textArb(200),
      url: fc.stringMatching(/^https:\/\/[a-z]{1,12}\.org\.uk\/[a-z]{0,8}$/),
      email: fc.stringMatching(/^[a-z]{1,10}@[a-z]{1,10}\.org\.uk$/),
      status: fc.constantFrom('active', 'active', 'inactive', 'defunct', 'temporarily-closed'),
      needs: terms(needTermArb, 3),
      conditions: terms(conditionTermArb, 2),
      support: fc.record({
        kind: fc.constantFrom('peer-led', 'volunteer', 'professional'),
        formality: fc.constantFrom('formal', 'informal'),
      }),
      deliveryModes: fc.uniqueArray(fc.constantFrom('in-person', 'online', 'phone'), {
        minLength: 1,
        maxLength: 3,
      }),
      referralRoutes: fc.uniqueArray(fc.constantFrom('self-referral', 'professional-referral'), {
        minLength: 1,
        maxLength: 2,
      }),
      eligibility: eligibilityArb,
      cost: costArb,
      capacity: capacityArb,
      languages: fc.uniqueArray(fc.constantFrom('en', 'cy', 'pl', 'pa', 'ur', 'bn', 'so'), {
        maxLength: 3,
      }),
      accessibility: accessibilityArb,
      contacts: fc.array(contactArb, { maxLength: 2 }),
      locations: fc.array(serviceAtLocationArb, { maxLength: 2 }),
      schedules: fc.array(scheduleArb, { maxLength: 2 }),
      lastVerified: isoDateArb,
    },
    {
      requiredKeys: [
        'schemaVersion',
        'id',
        'tenantId',
        'organisationId',
        'name',
        'status',
        'needs',
        'conditions',
        'support',
        'deliveryModes',
        'referralRoutes',
        'eligibility',
        'cost',
        'languages',
        'accessibility',
        'contacts',
        'locations',
        'schedules',
      ],
    },
  )
  .map((s) => s as Service);

/** A small, consistent directory: services point at existing organisations and locations. */
export interface DirectoryData {
  readonly organisations: readonly Organisation[];
  readonly locations: readonly Location[];
  readonly services: readonly Service[];
}

const withIds = <T extends { id: RecordId }>(
  items: readonly T[],
  prefix: string,
  tenantId: TenantId,
) => items.map((item, i) => ({ ...item, id: `${prefix}-${i + 1}` as RecordId, tenantId }));

/** A small consistent directory (one tenant, up to 8 services). */
export const directoryArb: fc.Arbitrary<DirectoryData> = fc
  .record({
    tenantId: tenantIdArb,
    organisations: fc.array(organisationArb, { minLength: 1, maxLength: 3 }),
    locations: fc.array(locationArb, { maxLength: 5 }),
    services: fc.array(
      fc.record({
        service: serviceArb,
        orgPick: fc.nat(),
        locPicks: fc.array(fc.nat(), { maxLength: 2 }),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ tenantId, organisations, locations, services }): DirectoryData => {
    const orgs = withIds(organisations, 'org', tenantId);
    const locs = withIds(locations, 'loc', tenantId).map((l) => {
      const org = orgs[0];
      return org ? { ...l, organisationId: org.id } : l;
    });
    const svcs = services.map(({ service, orgPick, locPicks }, i): Service => {
      const org = orgs[orgPick % orgs.length] ?? orgs[0];
      const picked = [...new Set(locs.length === 0 ? [] : locPicks.map((p) => p % locs.length))];
      const atLocations = picked.map((index, j) => ({
        id: `sal-${i + 1}-${j + 1}` as RecordId,
        locationId: (locs[index] as Location).id,
        schedules: service.locations[j]?.schedules ?? service.schedules.slice(0, 1),
      }));
      return {
        ...service,
        id: `svc-${i + 1}` as RecordId,
        tenantId,
        organisationId: (org as Organisation).id,
        locations: atLocations,
      };
    });
    return { organisations: orgs, locations: locs, services: svcs };
  });

/** Arbitraries for the directory area's catalogue schemas, keyed by schema name. */
export const directoryArbitraries = {
  Organisation: organisationArb,
  Location: locationArb,
  Service: serviceArb,
  Schedule: scheduleArb,
} as const;
