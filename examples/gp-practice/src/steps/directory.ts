/**
 * Step 7 of the story: the local directory stored through storage and indexed from its change
 * feed; goals matched to services; referrals through their lifecycle; a six-workshop skills
 * programme with a waiting list and attendance.
 */
import type {
  Enrolment,
  IsoInstant,
  Location,
  Organisation,
  Programme,
  RecordId,
  Referral,
  ReferralCommand,
  Service,
} from '@livewell/core';
import { instantToMs, msToInstant, zonedInstant } from '@livewell/core';
import {
  closeProgramme,
  createReferral,
  createSearchIndex,
  type DirectoryChange,
  enrol,
  exampleDirectory,
  recordAttendance,
  type SearchIndex,
  suggestServices,
  supportNeeds,
  transitionReferral,
} from '@livewell/peer-support';
import type { ChangeCursor } from '@livewell/storage';
import type { Progress } from '../report/terminal.js';
import { count, type Sim } from '../sim.js';
import { staff } from '../world.js';
import type { PlannedPerson } from './care-planning.js';

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

const after = (at: IsoInstant, days: number) => msToInstant(instantToMs(at) + days * 86_400_000);

/** Applies referral commands through storage (each one an atomic snapshot + event write). */
async function moveReferral(
  sim: Sim,
  referralId: RecordId,
  cmd: ReferralCommand,
  now: IsoInstant,
  side: 'referrer' | 'service',
) {
  const actor =
    side === 'service'
      ? ({ kind: 'system', name: 'community-services-hub' } as const)
      : staff.linkWorker.actor;
  const r = await sim.practice.referrals.update(referralId, (referral) =>
    transitionReferral(referral, cmd, { now, actor, ids: sim.ids, side }),
  );
  if (!r.ok) throw new Error(`demo: referral ${cmd.type} refused: ${r.error.message}`);
  return r.value.referral.record;
}

/** Matches goals to services and moves referrals through their lifecycle. */
export async function runReferrals(
  sim: Sim,
  planned: readonly PlannedPerson[],
  index: SearchIndex,
  progress: Progress,
): Promise<Referral[]> {
  const referrals: Referral[] = [];
  let shown = 0;
  for (const p of planned) {
    const now = after(p.conversationAt, 7);
    const suggested = suggestServices(index, p.entry.person, p.goals, p.entry.person.address, now, {
      tenantId: sim.practice.tenantId,
      radiusKm: 10,
      limit: 3,
    });
    progress.tick();
    if (!suggested.ok || suggested.value.length === 0) {
      count(sim, 'no suitable service found');
      continue;
    }
    const pick =
      suggested.value.find((s) => s.service.referralRoutes.includes('professional-referral')) ??
      suggested.value[0]!;
    if (shown < 3) {
      sim.story.highlights.push(
        `Suggested for ${p.entry.person.name.given} ("${p.goals[0]}"): ${pick.summary}${pick.stale ? ' [details need checking]' : ''}`,
      );
      shown += 1;
    }
    if (pick.stale) count(sim, 'suggestions flagged stale');
    if (!sim.random.chance(0.7)) continue; // some people take the information and go themselves
    const route = pick.service.referralRoutes.includes('professional-referral')
      ? 'professional-referral'
      : 'signposting';
    const created = createReferral(
      {
        tenantId: sim.practice.tenantId,
        personId: p.entry.person.id,
        serviceId: pick.service.id,
        route,
        reason: { needs: pick.service.needs.slice(0, 2), text: p.goals[0] },
        basedOn: p.planId,
        make: true,
      },
      { now, actor: staff.linkWorker.actor, ids: sim.ids, side: 'referrer' },
    );
    if (!created.ok) throw new Error(`demo: referral refused: ${created.error.message}`);
    await sim.practice.referrals.create(created.value.referral, created.value.events);
    const rid = created.value.referral.id;
    let referral = created.value.referral;
    const roll = sim.random.next();
    referral = await moveReferral(sim, rid, { type: 'record-contact' }, after(now, 2), 'service');
    if (roll < 0.12) {
      referral = await moveReferral(
        sim,
        rid,
        { type: 'decline', reason: 'Person decided it was not for them right now.' },
        after(now, 4),
        'service',
      );
    } else if (roll < 0.2) {
      referral = await moveReferral(sim, rid, { type: 'accept' }, after(now, 4), 'service');
      referral = await moveReferral(
        sim,
        rid,
        {
          type: 'mark-not-completed',
          cause: 'lost-to-follow-up',
          reason: 'No reply to three calls.',
        },
        after(now, 30),
        'service',
      );
    } else if (roll < 0.3) {
      referral = await moveReferral(sim, rid, { type: 'accept' }, after(now, 4), 'service');
    } else {
      referral = await moveReferral(sim, rid, { type: 'accept' }, after(now, 4), 'service');
      referral = await moveReferral(
        sim,
        rid,
        { type: 'start-attending' },
        after(now, 9),
        'service',
      );
      if (roll > 0.55)
        referral = await moveReferral(sim, rid, { type: 'complete' }, after(now, 70), 'service');
    }
    referrals.push(referral);
    count(sim, 'referrals made');
  }
  progress.done();
  return referrals;
}

/** The six-workshop programme: enrolment to capacity, a waiting list, attendance, completion. */
export async function runProgramme(sim: Sim, planned: readonly PlannedPerson[]) {
  const starts = [
    '2027-01-12',
    '2027-01-19',
    '2027-01-26',
    '2027-02-02',
    '2027-02-09',
    '2027-02-16',
  ];
  const programme: Programme = {
    schemaVersion: 1,
    id: id('prog-living-well-2027-01'),
    tenantId: sim.practice.tenantId,
    serviceId: id('svc-course'),
    title: 'Living well with long-term conditions — January 2027',
    sessions: starts.map((date, i) => ({
      id: id(`week-${i + 1}`),
      title: `Workshop ${i + 1}`,
      start: zonedInstant(date, '10:00', sim.timeZone),
      end: zonedInstant(date, '12:30', sim.timeZone),
    })),
    capacity: 12,
    waitingListLimit: 10,
    completionRule: { kind: 'minimum-attended', minimum: 4 },
  };
  await sim.practice.programmes.create(programme);
  const context = (now: IsoInstant) => ({ now, actor: staff.linkWorker.actor, ids: sim.ids });
  const candidates = planned
    .filter((p) => p.goals.some((g) => /manag|worry|understand|stress|friends/i.test(g)))
    .slice(0, 16);
  let enrolments: Enrolment[] = [];
  for (const [i, p] of candidates.entries()) {
    const r = enrol(
      programme,
      enrolments,
      { personId: p.entry.person.id },
      context(msToInstant(Date.UTC(2026, 11, 1, 10) + i * 3_600_000)),
    );
    if (!r.ok) throw new Error(`demo: enrolment refused: ${r.error.message}`);
    enrolments = [...enrolments.filter((e) => e.id !== r.value.enrolment.id), r.value.enrolment];
    await sim.practice.enrolments.create(r.value.enrolment);
  }
  count(sim, 'programme places taken', enrolments.filter((e) => e.status === 'enrolled').length);
  count(
    sim,
    'programme waiting list',
    enrolments.filter((e) => e.status === 'waiting-listed').length,
  );
  for (const session of programme.sessions) {
    for (const [i, e] of enrolments.entries()) {
      if (e.status !== 'enrolled') continue;
      const came = sim.random.chance(0.78);
      const r = recordAttendance(
        programme,
        e,
        { sessionId: session.id, status: came ? 'attended' : 'absent' },
        context(session.end),
      );
      if (!r.ok) throw new Error(`demo: attendance refused: ${r.error.message}`);
      enrolments[i] = r.value;
    }
  }
  const closed = closeProgramme(
    programme,
    enrolments,
    context(zonedInstant('2027-02-17', '09:00', sim.timeZone)),
  );
  if (!closed.ok) throw new Error(`demo: closing refused: ${closed.error.message}`);
  for (const e of closed.value) {
    const stored = await sim.practice.enrolments.get(e.id);
    await sim.practice.enrolments.save(e, stored.version);
  }
  count(sim, 'programme completed', closed.value.filter((e) => e.status === 'completed').length);
  count(
    sim,
    'programme not completed',
    closed.value.filter((e) => e.status === 'not-completed').length,
  );
  return { programme, enrolments: closed.value };
}
