/** Step 7, second part: goals matched to services, and referrals through their lifecycle. */
import type {
  IsoInstant,
  RecordId,
  Referral,
  ReferralCommand,
  ReferralRecords,
  Service,
} from '@livewell/core';
import { instantToMs, msToInstant } from '@livewell/core';
import type { SearchIndex } from '@livewell/peer-support';
import * as peer from '@livewell/peer-support';
import type { Progress } from '../report/terminal.js';
import { count, type Sim } from '../sim.js';
import { communityHub, staff, staffMemberships, trustedSystems } from '../world.js';
import type { PlannedPerson } from './care-planning.js';

const _id = (s: string) => s as RecordId;

const after = (at: IsoInstant, days: number) => msToInstant(instantToMs(at) + days * 86_400_000);

/** Applies referral commands through storage (each one an atomic snapshot + event write). */
async function moveReferral(
  sim: Sim,
  referralId: RecordId,
  cmd: ReferralCommand,
  now: IsoInstant,
  records: ReferralRecords,
) {
  // The hub records the service's side; the policy names it for the directory's organisations.
  const r = await sim.practice.referrals.update(referralId, (referral) =>
    peer.referral.transition(referral, cmd, { now, actor: communityHub, ids: sim.ids, records }),
  );
  if (!r.ok) throw new Error(`demo: referral ${cmd.type} refused: ${r.error.message}`);
  return r.value.referral.record;
}

/** Matches goals to services and moves referrals through their lifecycle. */
export async function runReferrals(
  sim: Sim,
  planned: readonly PlannedPerson[],
  index: SearchIndex,
  services: readonly Service[],
  progress: Progress,
): Promise<Referral[]> {
  const systems = trustedSystems(services.map((s) => s.organisationId));
  const referrals: Referral[] = [];
  let shown = 0;
  for (const p of planned) {
    const now = after(p.conversationAt, 7);
    const suggested = peer.suggestServices(
      index,
      p.entry.person,
      p.goals,
      p.entry.person.address,
      now,
      {
        radiusKm: 10,
        limit: 3,
      },
    );
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
    const records: ReferralRecords = {
      service: pick.service,
      person: p.entry.person,
      memberships: staffMemberships,
      systems,
    };
    const created = peer.referral.create(
      {
        tenantId: sim.practice.tenantId,
        personId: p.entry.person.id,
        serviceId: pick.service.id,
        route,
        reason: { needs: pick.service.needs.slice(0, 2), text: p.goals[0] },
        basedOn: p.planId,
        make: true,
      },
      { now, actor: staff.linkWorker.actor, ids: sim.ids, records },
    );
    if (!created.ok) throw new Error(`demo: referral refused: ${created.error.message}`);
    await sim.practice.referrals.create(created.value.referral, created.value.events);
    const rid = created.value.referral.id;
    let referral = created.value.referral;
    const roll = sim.random.next();
    referral = await moveReferral(sim, rid, { type: 'record-contact' }, after(now, 2), records);
    if (roll < 0.12) {
      referral = await moveReferral(
        sim,
        rid,
        {
          type: 'decline',
          reason: 'Person decided it was not for them right now.',
          declinedBy: 'person',
        },
        after(now, 4),
        records,
      );
    } else if (roll < 0.2) {
      referral = await moveReferral(sim, rid, { type: 'accept' }, after(now, 4), records);
      referral = await moveReferral(
        sim,
        rid,
        {
          type: 'mark-not-completed',
          cause: 'lost-to-follow-up',
          reason: 'No reply to three calls.',
        },
        after(now, 30),
        records,
      );
    } else if (roll < 0.3) {
      referral = await moveReferral(sim, rid, { type: 'accept' }, after(now, 4), records);
    } else {
      referral = await moveReferral(sim, rid, { type: 'accept' }, after(now, 4), records);
      referral = await moveReferral(sim, rid, { type: 'start-attending' }, after(now, 9), records);
      if (roll > 0.55)
        referral = await moveReferral(sim, rid, { type: 'complete' }, after(now, 70), records);
    }
    referrals.push(referral);
    count(sim, 'referrals made');
  }
  progress.done();
  return referrals;
}
