import type {
  IsoDate,
  Location,
  Organisation,
  RecordId,
  Schedule,
  Service,
  TenantId,
} from '@livewell/core';
import { supportNeeds } from './needs.js';

/** A small directory around a Leeds neighbourhood, for demos, docs and tests. */
export interface ExampleDirectory {
  readonly organisations: Organisation[];
  readonly locations: Location[];
  readonly services: Service[];
}

const id = (s: string) => s as RecordId;
const T2DM = { system: 'http://snomed.info/sct', code: '44054006', display: 'Type 2 diabetes' };

const weekly = (
  sid: string,
  weekdays: number[],
  opensAt: string,
  closesAt: string,
  from: IsoDate,
): Schedule => ({
  id: id(sid),
  timeZone: 'Europe/London',
  recurrence: { freq: 'weekly', interval: 1, weekdays },
  opensAt,
  closesAt,
  validFrom: from,
  bankHolidays: 'closed',
  exceptions: [],
});

/**
 * The scenarios of the directory guide: a walking group, a volunteer café open 18:00–23:00
 * every day for up to 60 people, a 22:00–02:00 phone line, a six-week skills programme for
 * people with type 2 diabetes, and a paid cookery class.
 *
 * @example const { services, locations } = exampleDirectory('tenant-1' as TenantId, '2026-11-01');
 */
export function exampleDirectory(tenantId: TenantId, verifiedOn: IsoDate): ExampleDirectory {
  const base = { schemaVersion: 1 as const, tenantId };
  const organisations: Organisation[] = [
    { ...base, id: id('org-walkers'), name: 'Hyde Park Walkers', lastVerified: verifiedOn },
    { ...base, id: id('org-cafe'), name: 'Moor Café CIC', lastVerified: verifiedOn },
    { ...base, id: id('org-practice'), name: 'Northfield Surgery', lastVerified: verifiedOn },
  ];
  const place = (
    lid: string,
    name: string,
    postcode: string,
    latitude: number,
    longitude: number,
  ): Location => ({
    ...base,
    id: id(lid),
    name,
    address: { lines: [name], city: 'Leeds', postcode, point: { latitude, longitude } },
    accessibility: ['step-free', 'accessible-toilet'],
    lastVerified: verifiedOn,
  });
  const locations: Location[] = [
    place('loc-moor', 'Woodhouse Moor, park gates', 'LS6 2AA', 53.8121, -1.5663),
    place('loc-cafe', 'Moor Café, Brudenell Road', 'LS6 1HX', 53.8168, -1.5742),
    place('loc-surgery', 'Northfield Surgery meeting room', 'LS7 3EX', 53.8255, -1.5301),
  ];
  const common = {
    ...base,
    status: 'active' as const,
    conditions: [],
    languages: ['en'],
    accessibility: [],
    contacts: [],
    schedules: [],
    lastVerified: verifiedOn,
    cost: { kind: 'free' as const },
    eligibility: { conditions: [], areas: [] },
  };
  const services: Service[] = [
    {
      ...common,
      id: id('svc-walking'),
      organisationId: id('org-walkers'),
      name: 'Woodhouse Moor walking group',
      description:
        'A friendly hour-long walk round the moor, led by volunteers; all paces welcome.',
      needs: [supportNeeds.physicalActivity, supportNeeds.weight, supportNeeds.loneliness],
      support: { kind: 'peer-led', formality: 'informal' },
      deliveryModes: ['in-person'],
      referralRoutes: ['self-referral', 'professional-referral'],
      eligibility: { minAge: 18, conditions: [], areas: [] },
      capacity: { placesPerSession: 25, available: 9, updated: `${verifiedOn}T09:00:00Z` },
      locations: [
        {
          id: id('sal-walking'),
          locationId: id('loc-moor'),
          schedules: [weekly('sch-walking', [2, 6], '10:00', '11:00', '2026-01-06')],
        },
      ],
    },
    {
      ...common,
      id: id('svc-cafe'),
      organisationId: id('org-cafe'),
      name: 'Evening peer-support café',
      description:
        'Run by volunteers and support staff: a warm space, a hot drink and people to talk to.',
      needs: [supportNeeds.loneliness, supportNeeds.mentalWellbeing, supportNeeds.peerSupport],
      support: { kind: 'volunteer', formality: 'informal' },
      deliveryModes: ['in-person'],
      referralRoutes: ['self-referral'],
      capacity: { placesPerSession: 60, available: 60, updated: `${verifiedOn}T09:00:00Z` },
      locations: [
        {
          id: id('sal-cafe'),
          locationId: id('loc-cafe'),
          schedules: [
            {
              ...weekly('sch-cafe', [1, 2, 3, 4, 5, 6, 7], '18:00', '23:00', '2026-01-01'),
              recurrence: { freq: 'daily', interval: 1 },
              bankHolidays: 'open',
            },
          ],
        },
      ],
    },
    {
      ...common,
      id: id('svc-nightline'),
      organisationId: id('org-cafe'),
      name: 'Night-time listening line',
      description: 'Talk to a trained listener by phone, late into the night.',
      needs: [supportNeeds.mentalWellbeing, supportNeeds.loneliness],
      support: { kind: 'volunteer', formality: 'formal' },
      deliveryModes: ['phone'],
      referralRoutes: ['self-referral'],
      locations: [],
      schedules: [
        {
          ...weekly('sch-nightline', [1, 2, 3, 4, 5, 6, 7], '22:00', '02:00', '2026-01-01'),
          bankHolidays: 'open',
        },
      ],
    },
    {
      ...common,
      id: id('svc-skills'),
      organisationId: id('org-practice'),
      name: 'Living well with diabetes: patient skills programme',
      description: 'Six weekly workshops on understanding and managing type 2 diabetes.',
      needs: [supportNeeds.selfManagement, supportNeeds.healthyEating],
      conditions: [T2DM],
      support: { kind: 'professional', formality: 'formal' },
      deliveryModes: ['in-person'],
      referralRoutes: ['professional-referral'],
      eligibility: {
        minAge: 18,
        conditions: [T2DM],
        areas: [{ kind: 'postcodes', name: 'Leeds North', prefixes: ['LS6', 'LS7'] }],
      },
      capacity: { placesPerSession: 12, available: 4, updated: `${verifiedOn}T09:00:00Z` },
      locations: [
        {
          id: id('sal-skills'),
          locationId: id('loc-surgery'),
          schedules: [
            { ...weekly('sch-skills', [3], '14:00', '16:30', '2026-11-04'), validTo: '2026-12-09' },
          ],
        },
      ],
    },
    {
      ...common,
      id: id('svc-cookery'),
      organisationId: id('org-cafe'),
      name: 'Cook well on a budget',
      description: 'Hands-on cookery class: simple, healthy meals for less.',
      needs: [supportNeeds.healthyEating, supportNeeds.weight],
      support: { kind: 'professional', formality: 'formal' },
      deliveryModes: ['in-person'],
      referralRoutes: ['self-referral'],
      cost: { kind: 'paid', amount: 3, currency: 'GBP', per: 'per session' },
      capacity: { placesPerSession: 10, available: 0, updated: `${verifiedOn}T09:00:00Z` },
      locations: [
        {
          id: id('sal-cookery'),
          locationId: id('loc-cafe'),
          schedules: [weekly('sch-cookery', [4], '13:00', '15:00', '2026-01-01')],
        },
      ],
    },
  ];
  return { organisations, locations, services };
}
