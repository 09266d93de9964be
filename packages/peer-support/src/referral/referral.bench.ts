import { type ReferralEvent, sequentialIds, type TenantId } from '@livewell/core';
import { bench, describe } from 'vitest';
import { gp, linkWorker as lw, records } from './__fixtures__/records.js';
import { create } from './create.js';
import { replay, transition } from './transition.js';

const ids = sequentialIds('b');
const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9) + minute * 60_000).toISOString();

const created = create(
  {
    tenantId: 't' as TenantId,
    personId: records.person.id,
    serviceId: records.service.id,
    route: 'professional-referral',
    reason: { needs: [] },
    make: true,
  },
  { now: at(0), actor: gp, ids, records },
);
if (!created.ok) throw new Error(created.error.message);
const made = created.value.referral;

/** A long history: 500 pause/resume cycles after acceptance (1,000+ events). */
const events: ReferralEvent[] = [...created.value.events];
let long = made;
const service = (minute: number) => ({ now: at(minute), actor: lw, ids, records });
for (const [i, command] of [
  { type: 'accept' as const },
  { type: 'start-attending' as const },
].entries()) {
  const r = transition(long, command, service(i + 1));
  if (!r.ok) throw new Error(r.error.message);
  long = r.value.referral;
  events.push(...r.value.events);
}
for (let i = 0; i < 500; i += 1) {
  const paused = transition(long, { type: 'pause', reason: 'away' }, service(10 + 2 * i));
  if (!paused.ok) throw new Error(paused.error.message);
  const resumed = transition(paused.value.referral, { type: 'resume' }, service(11 + 2 * i));
  if (!resumed.ok) throw new Error(resumed.error.message);
  long = resumed.value.referral;
  events.push(...paused.value.events, ...resumed.value.events);
}

describe('referral lifecycle', () => {
  bench('transition (accept a made referral)', () => {
    transition(made, { type: 'accept' }, service(5));
  });
  bench('transition (rejected: not authorised)', () => {
    transition(made, { type: 'accept' }, { now: at(5), actor: gp, ids, records });
  });
  bench(`replay (${events.length} events)`, () => {
    replay(events);
  });
});
