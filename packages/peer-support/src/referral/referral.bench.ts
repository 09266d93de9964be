import {
  type Actor,
  type PersonId,
  type PractitionerId,
  type RecordId,
  type ReferralEvent,
  sequentialIds,
  type TenantId,
} from '@livewell/core';
import { bench, describe } from 'vitest';
import { replayReferral } from './apply.js';
import { createReferral } from './create.js';
import { transitionReferral } from './transition.js';

const gp: Actor = { kind: 'practitioner', practitionerId: 'gp-1' as PractitionerId, role: 'gp' };
const lw: Actor = {
  kind: 'practitioner',
  practitionerId: 'lw-1' as PractitionerId,
  role: 'link-worker',
};
const ids = sequentialIds('b');
const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9) + minute * 60_000).toISOString();

const created = createReferral(
  {
    tenantId: 't' as TenantId,
    personId: 'p' as PersonId,
    serviceId: 's' as RecordId,
    route: 'professional-referral',
    reason: { needs: [] },
    make: true,
  },
  { now: at(0), actor: gp, ids },
);
if (!created.ok) throw new Error(created.error.message);
const made = created.value.referral;

/** A long history: 500 pause/resume cycles after acceptance (1,000+ events). */
const events: ReferralEvent[] = [...created.value.events];
let long = made;
const service = (minute: number) => ({ now: at(minute), actor: lw, ids, side: 'service' as const });
for (const [i, command] of [
  { type: 'accept' as const },
  { type: 'start-attending' as const },
].entries()) {
  const r = transitionReferral(long, command, service(i + 1));
  if (!r.ok) throw new Error(r.error.message);
  long = r.value.referral;
  events.push(...r.value.events);
}
for (let i = 0; i < 500; i += 1) {
  const paused = transitionReferral(long, { type: 'pause', reason: 'away' }, service(10 + 2 * i));
  if (!paused.ok) throw new Error(paused.error.message);
  const resumed = transitionReferral(
    paused.value.referral,
    { type: 'resume' },
    service(11 + 2 * i),
  );
  if (!resumed.ok) throw new Error(resumed.error.message);
  long = resumed.value.referral;
  events.push(...paused.value.events, ...resumed.value.events);
}

describe('referral lifecycle', () => {
  bench('transitionReferral (accept a made referral)', () => {
    transitionReferral(made, { type: 'accept' }, service(5));
  });
  bench('transitionReferral (rejected: not authorised)', () => {
    transitionReferral(made, { type: 'accept' }, { now: at(5), actor: gp, ids });
  });
  bench(`replayReferral (${events.length} events)`, () => {
    replayReferral(events);
  });
});
