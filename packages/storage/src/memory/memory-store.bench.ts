import { ok, type PersonId, type RecordId, type TenantId } from '@livewell/core';
import { bench, describe } from 'vitest';
import { eventOf, personOf, planOf } from '../test-support/fixtures.js';
import { createMemoryStore } from './memory-store.js';

// Memory adapter operations per second next to a plain Map doing the same job (store, read,
// change-with-events, page) without validation, versions or copies, in the same run.

const T = 'bench' as TenantId;
const people = Array.from({ length: 1000 }, (_, i) => personOf(T, `p${i}`, (i % 20) + 1));
const plan = planOf(T, 'plan-1', 'p1');
const event = eventOf(T, 'plan-1', 'e', 3);

const store = createMemoryStore().forTenant(T);
const map = new Map<string, unknown>();
const mapEvents: unknown[] = [];
await store.carePlans.create(plan);
map.set('plan-1', plan);
for (const p of people.slice(0, 500)) {
  await store.people.create(p);
  map.set(p.id, p);
}

let n = 0;
describe('create a person', () => {
  bench('memory adapter', async () => {
    const p = people[n++ % people.length] as (typeof people)[number];
    await store.people.create({ ...p, id: `new-${n}` as PersonId });
  });
  bench('plain Map', async () => {
    const p = people[n++ % people.length] as (typeof people)[number];
    map.set(`new-${n}`, { ...p, id: `new-${n}` });
  });
});

describe('read a person', () => {
  bench('memory adapter', async () => {
    await store.people.get(`p${n++ % 500}` as PersonId);
  });
  bench('plain Map', async () => {
    map.get(`p${n++ % 500}`);
  });
});

describe('update a care plan appending one event', () => {
  bench('memory adapter', async () => {
    await store.carePlans.update('plan-1' as RecordId, (current) =>
      ok({ plan: current, events: [event] }),
    );
  });
  bench('plain Map', async () => {
    map.set('plan-1', { ...(map.get('plan-1') as object) });
    mapEvents.push(event);
  });
});

describe('list a page of 50 people', () => {
  bench('memory adapter', async () => {
    await store.people.list({ limit: 50 });
  });
  bench('plain Map', async () => {
    const page: unknown[] = [];
    for (const [key, value] of map) {
      if (key.startsWith('p')) page.push(value);
      if (page.length === 50) break;
    }
  });
});
