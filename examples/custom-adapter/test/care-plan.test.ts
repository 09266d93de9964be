import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  replay,
  startCarePlan,
  transition,
  upcastCarePlan,
  upcastCarePlanEvent,
} from '@livewell/care-plan';
import {
  type Actor,
  defaultCarePlanPolicy,
  type PersonId,
  type PractitionerId,
  sequentialIds,
  type TenantId,
} from '@livewell/core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openJsonLinesStore } from '../src/json-lines-store.js';

const tenantId = 'practice-1' as TenantId;
const personId = 'person-1' as PersonId;
const receptionist: Actor = {
  kind: 'practitioner',
  practitionerId: 'reception-1' as PractitionerId,
  role: 'receptionist',
};
const careTeam = {
  members: [
    {
      practitionerId: 'reception-1' as PractitionerId,
      role: 'receptionist' as const,
      isCoordinator: false,
    },
    { practitionerId: 'nurse-1' as PractitionerId, role: 'nurse' as const, isCoordinator: true },
  ],
  carers: [],
};
const ids = sequentialIds('jsonl');
const ctx = (now: string) => ({
  now,
  actor: receptionist,
  policy: defaultCarePlanPolicy,
  timeZone: 'Europe/London',
  ids,
});

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'livewell-jsonl-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('plugs care-plan transition straight into update, on the JSON-lines store', async () => {
  // The care-plan package's upcasters read any released schema version of plans and events.
  const store = await openJsonLinesStore(join(dir, 'plans.jsonl'), {
    readers: { carePlan: upcastCarePlan, carePlanEvent: upcastCarePlanEvent },
  });
  const practice = store.forTenant(tenantId);
  const started = startCarePlan({ tenantId, personId, careTeam }, ctx('2026-10-01T09:00:00Z'));
  if (!started.ok) throw new RangeError(started.error.message);
  const { plan } = await practice.carePlans.create(started.value.plan, started.value.events);

  const booked = await practice.carePlans.update(plan.record.id, (current) =>
    transition(
      current,
      { type: 'book-information-gathering', start: '2026-10-05T08:30:00Z' },
      ctx('2026-10-01T09:05:00Z'),
    ),
  );
  expect(booked.ok && booked.value.plan.record.state).toBe('information-gathering');

  // A command the lifecycle refuses comes back as the domain's rejection; nothing is written.
  const refused = await practice.carePlans.update(plan.record.id, (current) =>
    transition(
      current,
      { type: 'book-information-gathering', start: '2026-10-06T08:30:00Z' },
      ctx('2026-10-01T09:06:00Z'),
    ),
  );
  expect(refused.ok).toBe(false);
  const stored = await practice.carePlans.get(plan.record.id);
  expect(stored.version).toBe(2);

  // The stored events replay to the stored snapshot.
  const events = await practice.carePlans.events(plan.record.id);
  const rebuilt = replay(events.items.map((e) => e.event));
  expect(rebuilt.ok && rebuilt.value).toEqual(stored.record);
  await store.close();
});
