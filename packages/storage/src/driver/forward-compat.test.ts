import { err, ok, type PersonId, type RecordId, type TenantId } from '@livewell/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryDriver } from '../memory/memory-driver.js';
import { CorruptRecordError, NewerRecordError } from '../port/errors.js';
import { eventOf, personOf, planOf } from '../test-support/fixtures.js';
import { createStore } from './create-store.js';
import { hasUnknownFields, readForward } from './forward-compat.js';

const T = 't1' as TenantId;

describe('hasUnknownFields', () => {
  it('is false for what a reader keeps whole, true once any key at any depth is dropped (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ minLength: 1 }), (value, key) => {
        expect(hasUnknownFields(value, value)).toBe(false);
        const wrapped = { a: [value], b: { c: value } };
        const extra = { a: [value], b: { c: value, [`x${key}`]: 1 } };
        expect(hasUnknownFields(extra, wrapped)).toBe(true);
      }),
    );
  });
});

describe('readForward', () => {
  // A reader that knows versions 1 (upcast) and 2 (current) of { schemaVersion, name }.
  const reader = (doc: unknown) => {
    const d = doc as { schemaVersion?: unknown; name?: unknown; title?: unknown };
    if (d.schemaVersion === 2 && typeof d.name === 'string') {
      return ok({ schemaVersion: 2 as const, name: d.name });
    }
    if (d.schemaVersion === 1 && typeof d.title === 'string') {
      return ok({ schemaVersion: 2 as const, name: d.title });
    }
    return err({ code: 'invalid-input', message: 'not a thing' });
  };

  it('reads current and older documents as they are, flagging dropped fields', () => {
    expect(readForward(reader, { schemaVersion: 2, name: 'a' })).toEqual(
      ok({ schemaVersion: 2, name: 'a' }),
    );
    expect(readForward(reader, { schemaVersion: 1, title: 'a' })).toEqual(
      ok({ schemaVersion: 2, name: 'a' }),
    );
    expect(readForward(reader, { schemaVersion: 2, name: 'a', colour: 'blue' })).toMatchObject({
      ok: true,
      newer: 'unknown-fields',
    });
  });

  it('reads a newer version as the current one, flagged; never through an upcast', () => {
    expect(readForward(reader, { schemaVersion: 5, name: 'a', extra: 1 })).toEqual({
      ...ok({ schemaVersion: 2, name: 'a' }),
      newer: 'newer-schema-version',
    });
    // Readable only as version 1 (an upcast): not a faithful view, so unreadable.
    expect(readForward(reader, { schemaVersion: 3, title: 'a' }).ok).toBe(false);
    expect(readForward(reader, { schemaVersion: 9 }).ok).toBe(false);
  });
});

/** A store over a memory driver whose rows the test writes directly (as a newer release would). */
async function storeWithRows(
  rows: { collection: string; id: string; personId?: string; parentId?: string; doc: unknown }[],
) {
  const driver = new MemoryDriver();
  await driver.run(T, 'write', async (session) => {
    for (const row of rows) {
      await session.insert(row.collection, {
        id: row.id,
        personId: row.personId ?? null,
        parentId: row.parentId ?? null,
        doc: row.doc,
      });
    }
  });
  return createStore(driver).forTenant(T);
}

describe('records from a newer release', () => {
  const person = personOf(T, 'p1');
  const newer = { ...person, schemaVersion: 2, pronouns: 'they/them' };
  const extra = { ...personOf(T, 'p2', 2), pronouns: 'she/her' };

  it('are readable, but neither save nor update may write over them (newer-record)', async () => {
    const s = await storeWithRows([
      { collection: 'person', id: 'p1', personId: 'p1', doc: newer },
      { collection: 'person', id: 'p2', personId: 'p2', doc: extra },
    ]);
    const read = await s.people.get(person.id);
    expect(read.record.id).toBe('p1');
    await expect(s.people.save(read.record, read.version)).rejects.toBeInstanceOf(NewerRecordError);
    const updated = s.people.update(person.id, (p) => ok({ ...p, consentToShare: true }));
    await expect(updated).rejects.toMatchObject({ code: 'newer-record', retryable: false });
    const other = await s.people.get('p2' as PersonId);
    await expect(s.people.save(other.record, other.version)).rejects.toBeInstanceOf(
      NewerRecordError,
    );
    // Nothing was lost: the stored documents are unchanged.
    expect((await s.people.list()).items.map((v) => v.version)).toEqual([1, 1]);
  });

  it('do not block a save once an upgraded writer has rewritten them', async () => {
    const s = await storeWithRows([{ collection: 'person', id: 'p1', personId: 'p1', doc: newer }]);
    await s.people.get(person.id);
    const driverView = await s.people.list();
    expect(driverView.items).toHaveLength(1);
    // The same id rewritten in this release's shape (another writer) reads clean again.
    const s2 = await storeWithRows([
      { collection: 'person', id: 'p1', personId: 'p1', doc: person },
    ]);
    const clean = await s2.people.get(person.id);
    expect((await s2.people.save(clean.record, clean.version)).version).toBe(2);
  });
});

describe('a row that cannot be read', () => {
  it('is a typed problem in its list page and its export; the rest stays readable', async () => {
    const plan = planOf(T, 'plan-1', 'p1');
    const s = await storeWithRows([
      { collection: 'person', id: 'p1', personId: 'p1', doc: personOf(T, 'p1') },
      { collection: 'person', id: 'p2', personId: 'p2', doc: { schemaVersion: 1, id: 'p2' } },
      { collection: 'person', id: 'p3', personId: 'p3', doc: personOf(T, 'p3', 3) },
      { collection: 'care-plan', id: 'plan-1', personId: 'p1', doc: plan },
      {
        collection: 'care-plan-event',
        id: 'plan-1/1/0',
        personId: 'p1',
        parentId: 'plan-1',
        doc: eventOf(T, 'plan-1', 'e1'),
      },
      {
        collection: 'care-plan-event',
        id: 'plan-1/1/1',
        personId: 'p1',
        parentId: 'plan-1',
        doc: { broken: true },
      },
    ]);
    const page = await s.people.list();
    expect(page.items.map((v) => v.record.id)).toEqual(['p1', 'p3']);
    expect(page.problems).toMatchObject([{ code: 'corrupt-record', kind: 'person', id: 'p2' }]);
    expect(page.problems[0]?.issues.length).toBeGreaterThan(0);
    await expect(s.people.get('p2' as PersonId)).rejects.toBeInstanceOf(CorruptRecordError);
    const events = await s.carePlans.events(plan.id as RecordId);
    expect(events.items.map((e) => e.event.id)).toEqual(['e1']);
    expect(events.problems.map((p) => p.id)).toEqual(['plan-1/1/1']);
    const exported = await s.exportPerson('p1' as PersonId);
    expect(exported.person?.record.id).toBe('p1');
    expect(exported.carePlans[0]?.events.map((e) => e.event.id)).toEqual(['e1']);
    expect(exported.problems).toMatchObject([
      { code: 'corrupt-record', kind: 'care-plan-event', id: 'plan-1/1/1' },
    ]);
    const unreadablePerson = await s.exportPerson('p2' as PersonId);
    expect(unreadablePerson.person).toBeNull();
    expect(unreadablePerson.problems.map((p) => [p.kind, p.id])).toEqual([['person', 'p2']]);
  });
});
