/**
 * Step 7, first part: the practice's local directory, stored through storage and indexed from
 * storage's change feed.
 */
import type { Location, Organisation, RecordId, Service } from '@livewell/core';
import {
  createSearchIndex,
  type DirectoryChange,
  exampleDirectory,
  type SearchIndex,
  supportNeeds,
} from '@livewell/peer-support';
import type { ChangeCursor } from '@livewell/storage';
import { count, type Sim } from '../sim.js';

const id = (s: string) => s as RecordId;
const COPD = { system: 'http://snomed.info/sct', code: '13645005', display: 'COPD' };

/** The practice's local directory: the library's example Leeds directory plus local additions. */
export function localDirectory(sim: Sim): {
  organisations: Organisation[];
  locations: Location[];
  services: Service[];
} {
  const base = exampleDirectory(sim.practice.tenantId, '2026-09-01');
  // Local additions share the walking group's defaults (free, in person, open to all adults).
  const { capacity: _unused, ...defaults } = base.services.find((s) => s.id === 'svc-walking')!;
  const extra: Service[] = [
    {
      ...defaults,
      id: id('svc-breathe-easy'),
      name: 'Breathe Easy singing group',
      description: 'Peer-led singing for people living with COPD and other lung conditions.',
      needs: [supportNeeds.peerSupport, supportNeeds.loneliness, supportNeeds.physicalActivity],
      conditions: [COPD],
      eligibility: { minAge: 18, conditions: [COPD], areas: [] },
      capacity: { placesPerSession: 30, available: 12, updated: '2026-09-01T09:00:00Z' },
      locations: [
        {
          id: id('sal-breathe'),
          locationId: id('loc-cafe'),
          schedules: [
            {
              id: id('sch-breathe'),
              timeZone: 'Europe/London',
              recurrence: { freq: 'weekly', interval: 1, weekdays: [1] },
              opensAt: '13:30',
              closesAt: '15:00',
              validFrom: '2026-01-05',
              bankHolidays: 'closed',
              exceptions: [],
            },
          ],
        },
      ],
    },
    {
      ...defaults,
      id: id('svc-course'),
      organisationId: id('org-practice'),
      name: 'Living well with long-term conditions: six-workshop skills programme',
      description:
        'Six weekly workshops on managing symptoms, action planning, problem-solving and working with your care team.',
      needs: [supportNeeds.selfManagement, supportNeeds.peerSupport],
      support: { kind: 'peer-led', formality: 'formal' },
      referralRoutes: ['professional-referral', 'self-referral'],
      eligibility: { minAge: 18, conditions: [], areas: [] },
      capacity: { placesPerSession: 12, available: 12, updated: '2026-09-01T09:00:00Z' },
      locations: [
        {
          id: id('sal-course'),
          locationId: id('loc-surgery'),
          schedules: [
            {
              id: id('sch-course'),
              timeZone: 'Europe/London',
              recurrence: { freq: 'weekly', interval: 1, weekdays: [2] },
              opensAt: '10:00',
              closesAt: '12:30',
              validFrom: '2027-01-12',
              validTo: '2027-02-16',
              bankHolidays: 'closed',
              exceptions: [],
            },
          ],
        },
      ],
    },
    {
      ...defaults,
      id: id('svc-money'),
      organisationId: id('org-cafe'),
      name: 'Money and benefits advice line',
      description: 'Free, confidential advice on benefits, debt and grants.',
      needs: [supportNeeds.moneyAdvice],
      support: { kind: 'professional', formality: 'formal' },
      deliveryModes: ['phone'],
      locations: [],
      schedules: [
        {
          id: id('sch-money'),
          timeZone: 'Europe/London',
          recurrence: { freq: 'weekly', interval: 1, weekdays: [1, 2, 3, 4, 5] },
          opensAt: '09:00',
          closesAt: '17:00',
          validFrom: '2026-01-01',
          bankHolidays: 'closed',
          exceptions: [],
        },
      ],
      lastVerified: '2024-05-01',
    },
  ];
  return { ...base, services: [...base.services, ...extra] };
}

/** Stores the directory and builds the search index from storage's change feed. */
export async function publishDirectory(
  sim: Sim,
): Promise<{ index: SearchIndex; services: Service[] }> {
  const directory = localDirectory(sim);
  await sim.practice.transaction(async (tx) => {
    for (const o of directory.organisations) await tx.organisations.create(o);
    for (const l of directory.locations) await tx.locations.create(l);
    for (const s of directory.services) await tx.services.create(s);
  });
  const index = createSearchIndex();
  // Feed the index from storage, as a long-running app would after every sync.
  for (const [kind, repo] of [
    ['organisation', sim.practice.organisations],
    ['location', sim.practice.locations],
    ['service', sim.practice.services],
  ] as const) {
    let cursor: ChangeCursor | null = null;
    for (;;) {
      const batch: {
        items: readonly { record: unknown }[];
        cursor: ChangeCursor;
        hasMore: boolean;
      } = await repo.changedSince(cursor, 100);
      for (const item of batch.items)
        index.apply({ op: 'upsert', kind, record: item.record } as DirectoryChange);
      cursor = batch.cursor;
      if (!batch.hasMore) break;
    }
  }
  count(sim, 'directory services indexed', index.size);
  return { index, services: directory.services };
}
