/**
 * A synthetic directory of services across England for the benchmark: services cluster around
 * towns and cities (weighted by rough size) with a rural scatter; a seeded generator makes
 * every run identical.
 */
import type {
  Coding,
  GeoPoint,
  Location,
  RecordId,
  Schedule,
  Service,
  TenantId,
} from '@livewell/core';
import { supportNeeds } from '../src/directory/needs.js';
import type { SearchQuery } from '../src/search/query.js';

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Towns and cities with a rough weight (share of services). */
export const towns: readonly (readonly [string, number, number, number])[] = [
  ['London', 51.5074, -0.1278, 16],
  ['Birmingham', 52.4862, -1.8904, 8],
  ['Manchester', 53.4808, -2.2426, 8],
  ['Leeds', 53.8008, -1.5491, 6],
  ['Liverpool', 53.4084, -2.9916, 5],
  ['Sheffield', 53.3811, -1.4701, 5],
  ['Bristol', 51.4545, -2.5879, 5],
  ['Newcastle', 54.9783, -1.6178, 4],
  ['Nottingham', 52.9548, -1.1581, 4],
  ['Leicester', 52.6369, -1.1398, 3],
  ['Southampton', 50.9097, -1.4044, 3],
  ['Plymouth', 50.3755, -4.1427, 2],
  ['Norwich', 52.6309, 1.2974, 2],
  ['York', 53.96, -1.0873, 2],
  ['Exeter', 50.7184, -3.5339, 2],
  ['Cambridge', 52.2053, 0.1218, 2],
  ['Oxford', 51.752, -1.2577, 2],
  ['Hull', 53.7676, -0.3274, 2],
  ['Stoke-on-Trent', 53.0027, -2.1794, 2],
  ['Carlisle', 54.8925, -2.9329, 1],
  ['Brighton', 50.8225, -0.1372, 2],
  ['Reading', 51.4543, -0.9781, 2],
  ['Milton Keynes', 52.0406, -0.7594, 2],
  ['Coventry', 52.4068, -1.5197, 2],
  ['Bradford', 53.7939, -1.7521, 3],
  ['Middlesbrough', 54.5742, -1.235, 2],
  ['Ipswich', 52.0567, 1.1482, 1],
  ['Lincoln', 53.2307, -0.5406, 1],
  ['Truro', 50.2632, -5.051, 1],
  ['Preston', 53.7632, -2.7031, 2],
];

/** 40 need terms: livewell's 10 plus 30 more, about the size of a real directory taxonomy. */
const needs: readonly Coding[] = [
  ...Object.values(supportNeeds),
  ...Array.from({ length: 30 }, (_, i) => ({
    ...supportNeeds.peerSupport,
    code: `need-${i + 11}`,
  })),
];
const totalWeight = towns.reduce((n, t) => n + t[3], 0);

function pointNearTown(rand: () => number): GeoPoint {
  if (rand() < 0.15) {
    return { latitude: 50.4 + rand() * 4.6, longitude: -4.5 + rand() * 6 };
  }
  let pick = rand() * totalWeight;
  let town = towns[0];
  for (const t of towns) {
    town = t;
    pick -= t[3];
    if (pick < 0) break;
  }
  const [, lat, lon, weight] = town ?? ['', 51.5, -0.12, 1];
  const spreadKm = 4 + Math.sqrt(weight) * 3;
  const r = spreadKm * Math.sqrt(rand());
  const angle = rand() * 2 * Math.PI;
  return {
    latitude: lat + (r * Math.cos(angle)) / 111,
    longitude: lon + (r * Math.sin(angle)) / (111 * Math.cos((lat * Math.PI) / 180)),
  };
}

function scheduleFor(i: number, rand: () => number): Schedule {
  const hour = 9 + Math.floor(rand() * 11);
  const kind = rand();
  return {
    id: `sch-${i}` as RecordId,
    timeZone: 'Europe/London',
    recurrence:
      kind < 0.6
        ? { freq: 'weekly', interval: rand() < 0.8 ? 1 : 2, weekdays: [1 + Math.floor(rand() * 7)] }
        : kind < 0.8
          ? { freq: 'daily', interval: 1 }
          : {
              freq: 'monthly',
              interval: 1,
              days: [{ weekday: 1 + Math.floor(rand() * 7), ordinal: rand() < 0.8 ? 2 : -1 }],
            },
    opensAt: `${String(hour).padStart(2, '0')}:00`,
    closesAt: `${String(hour + 2).padStart(2, '0')}:00`,
    validFrom: '2026-01-01',
    bankHolidays: rand() < 0.5 ? 'closed' : 'open',
    exceptions: [],
  };
}

/** `count` services, each at its own location somewhere in England. */
export function syntheticDirectory(
  count: number,
  seed = 42,
): { services: Service[]; locations: Location[] } {
  const rand = seeded(seed);
  const tenantId = 'bench' as TenantId;
  const services: Service[] = [];
  const locations: Location[] = [];
  for (let i = 0; i < count; i += 1) {
    const locationId = `loc-${i}` as RecordId;
    locations.push({
      schemaVersion: 1,
      id: locationId,
      tenantId,
      name: `Venue ${i}`,
      address: { lines: [`${i} High Street`], point: pointNearTown(rand) },
      accessibility: rand() < 0.5 ? ['step-free'] : [],
    });
    const first = needs[Math.floor(rand() * needs.length)] as Coding;
    const second = needs[Math.floor(rand() * needs.length)] as Coding;
    const third = rand() < 0.3 ? [needs[Math.floor(rand() * needs.length)] as Coding] : [];
    services.push({
      schemaVersion: 1,
      id: `svc-${i}` as RecordId,
      tenantId,
      organisationId: `org-${i % 5000}` as RecordId,
      name: `Community group ${i}`,
      description: 'A local group offering support and a friendly welcome.',
      status: rand() < 0.95 ? 'active' : 'inactive',
      needs: [first, second, ...third].filter(
        (c, j, all) => all.findIndex((d) => d.code === c.code) === j,
      ),
      conditions: [],
      support: { kind: 'peer-led', formality: 'informal' },
      deliveryModes: ['in-person'],
      referralRoutes: ['self-referral'],
      eligibility: { conditions: [], areas: [] },
      cost: rand() < 0.8 ? { kind: 'free' } : { kind: 'paid', amount: 3, currency: 'GBP' },
      capacity: {
        placesPerSession: 20,
        available: Math.floor(rand() * 21),
        updated: '2026-11-01T00:00:00Z',
      },
      languages: ['en'],
      accessibility: [],
      contacts: [],
      locations: [{ id: `sal-${i}` as RecordId, locationId, schedules: [scheduleFor(i, rand)] }],
      schedules: [],
      lastVerified: rand() < 0.9 ? '2026-06-01' : '2024-01-01',
    });
  }
  return { services, locations };
}

/** The instant the benches ask their queries at. */
export const benchNow = '2026-11-30T08:00:00Z';

/**
 * The benches' query: physical activity and loneliness within 10 km of a town picked by `rand`
 * (its centre moved by up to ±0.05°), with a session in the 7 days from {@link benchNow}.
 */
export function townQuery(rand: () => number, tenantId = 'bench' as TenantId): SearchQuery {
  const town = towns[Math.floor(rand() * towns.length)] ?? towns[0];
  return {
    tenantId,
    terms: [supportNeeds.physicalActivity, supportNeeds.loneliness],
    near: {
      point: {
        latitude: (town?.[1] ?? 51.5) + (rand() - 0.5) * 0.1,
        longitude: (town?.[2] ?? 0) + (rand() - 0.5) * 0.1,
      },
      radiusKm: 10,
    },
    sessionBetween: { from: benchNow, until: '2026-12-07T08:00:00Z' },
  };
}
