import { err, ok, type PersonId, parsePerson, type TenantId } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { createStore } from '../driver/create-store.js';
import {
  ConflictError,
  CorruptRecordError,
  DuplicateError,
  InvalidRequestError,
  NotFoundError,
} from '../port/errors.js';
import { eventOf, personOf, planOf } from '../test-support/fixtures.js';
import { MemoryDriver } from './memory-driver.js';
import { createMemoryStore } from './memory-store.js';

const T = 't1' as TenantId;

describe('memory store', () => {
  it('creates, reads and saves a person with versions', async () => {
    const store = createMemoryStore().forTenant(T);
    const person = personOf(T, 'p1');
    const created = await store.people.create(person);
    expect(created).toEqual({ record: person, version: 1 });
    await expect(store.people.create(person)).rejects.toBeInstanceOf(DuplicateError);
    const saved = await store.people.save({ ...person, consentToShare: !person.consentToShare }, 1);
    expect(saved.version).toBe(2);
    await expect(store.people.save(person, 1)).rejects.toBeInstanceOf(ConflictError);
    await expect(store.people.get('nope' as PersonId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await store.people.find('nope' as PersonId)).toBeUndefined();
  });

  it('refuses records of another tenant', async () => {
    const store = createMemoryStore().forTenant(T);
    await expect(store.people.create(personOf('t2', 'p1'))).rejects.toBeInstanceOf(
      InvalidRequestError,
    );
  });

  it('copies on read and write', async () => {
    const store = createMemoryStore().forTenant(T);
    const person = personOf(T, 'p1');
    await store.people.create(person);
    (person.name as { given: string }).given = 'Mutated';
    const read = await store.people.get(person.id);
    expect(read.record.name.given).not.toBe('Mutated');
    (read.record.name as { given: string }).given = 'Mutated again';
    expect((await store.people.get(person.id)).record.name.given).not.toBe('Mutated again');
  });

  it('updates a care plan with events, and returns rejections without writing', async () => {
    const driver = new MemoryDriver();
    const store = createMemoryStore(driver).forTenant(T);
    const plan = planOf(T, 'plan1', 'p1');
    await store.carePlans.create(plan, [eventOf(T, 'plan1', 'e1')]);
    const rejected = await store.carePlans.update(plan.id, () => err({ code: 'nope' }));
    expect(rejected).toEqual(err({ code: 'nope' }));
    const r = await store.carePlans.update(plan.id, (current) =>
      ok({ plan: current, events: [eventOf(T, 'plan1', 'e2', 2), eventOf(T, 'plan1', 'e3', 3)] }),
    );
    expect(r.ok && r.value.plan.version).toBe(2);
    const events = await store.carePlans.events(plan.id);
    expect(events.items.map((e) => [e.version, e.index, e.event.id])).toEqual([
      [1, 0, 'e1'],
      [2, 0, 'e2'],
      [2, 1, 'e3'],
    ]);
    expect(driver.rows(T, 'care-plan-event')).toHaveLength(3);
  });
});

describe('memory store: reading back', () => {
  it('throws CorruptRecordError for a stored record that fails its parser', async () => {
    const driver = new MemoryDriver();
    await driver.run(T, 'write', (s) =>
      s.insert('person', { id: 'p9', personId: 'p9', parentId: null, doc: { id: 'p9' } }),
    );
    const store = createMemoryStore(driver).forTenant(T);
    const error = await store.people.get('p9' as PersonId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptRecordError);
    expect((error as CorruptRecordError).issues.length).toBeGreaterThan(0);
  });

  it('refuses invalid tenant ids and a closed store', async () => {
    const store = createMemoryStore();
    expect(() => store.forTenant('bad tenant' as TenantId)).toThrow(InvalidRequestError);
    const people = store.forTenant(T).people;
    await store.close();
    await expect(people.find('p1' as PersonId)).rejects.toBeInstanceOf(InvalidRequestError);
  });
});

describe('memory store: readers upcast older stored versions', () => {
  it('reads a v0 document through the reader given to createStore, and refuses it without', async () => {
    const driver = new MemoryDriver();
    const current = personOf(T, 'p1');
    const { name, ...rest } = current;
    const v0 = { ...rest, schemaVersion: 0, fullName: `${name.given}|${name.family}` };
    await driver.run(T, 'write', (s) =>
      s.insert('person', { id: 'p1', personId: 'p1', parentId: null, doc: v0 }),
    );
    const upcasting = createStore(driver, {
      readers: {
        person: (stored) => {
          const doc = stored as typeof v0;
          if (doc.schemaVersion !== 0) return parsePerson(stored);
          const { fullName, ...others } = doc;
          const [given = '', family = ''] = fullName.split('|');
          return parsePerson({ ...others, schemaVersion: 1, name: { given, family } });
        },
      },
    });
    expect((await upcasting.forTenant(T).people.get(current.id)).record).toEqual(current);
    const strict = createMemoryStore(driver).forTenant(T);
    await expect(strict.people.get(current.id)).rejects.toBeInstanceOf(CorruptRecordError);
  });
});
