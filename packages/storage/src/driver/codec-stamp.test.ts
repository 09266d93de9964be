import { type PersonId, parsePerson, type TenantId } from '@livewell/core';
import { describe, expect, it } from 'vitest';
import { MemoryDriver } from '../memory/memory-driver.js';
import { CorruptRecordError } from '../port/errors.js';
import { recordKinds } from '../port/kinds.js';
import { personOf } from '../test-support/fixtures.js';
import { decodeRow, toRow } from './codec.js';
import { createStore } from './create-store.js';
import { CODEC_STAMP } from './stamp.js';

const T = 't1' as TenantId;

/** A store over `driver` whose person reader counts what it parses. */
function countingStore(driver: MemoryDriver) {
  const parsed: unknown[] = [];
  const store = createStore(driver, {
    readers: {
      person: (doc) => {
        parsed.push(doc);
        return parsePerson(doc);
      },
    },
  });
  return { people: store.forTenant(T).people, parsed };
}

describe('what is parsed on read (ADR 0016)', () => {
  it('a record this release wrote is read back without parsing it again', async () => {
    const driver = new MemoryDriver();
    const { people, parsed } = countingStore(driver);
    const alice = personOf(T, 'alice');
    await people.create(alice);
    expect(driver.rows(T, 'person')[0]?.stamp).toBe(CODEC_STAMP);
    expect((await people.get(alice.id)).record).toEqual(alice);
    expect((await people.list()).items).toHaveLength(1);
    expect(parsed).toEqual([]);
  });

  it('a row written without this codec stamp is parsed in full, and refused when corrupt', async () => {
    const driver = new MemoryDriver();
    await driver.run(T, 'write', async (session) => {
      const row = { id: 'bob', personId: 'bob', parentId: null };
      await session.insert('person', { ...row, doc: personOf(T, 'bob') });
      await session.insert('person', {
        ...row,
        id: 'carol',
        doc: { ...personOf(T, 'carol'), name: 42 },
        stamp: 'livewell-codec-0',
      });
    });
    const { people, parsed } = countingStore(driver);
    expect((await people.get('bob' as PersonId)).record.id).toBe('bob');
    await expect(people.get('carol' as PersonId)).rejects.toBeInstanceOf(CorruptRecordError);
    expect(parsed).toHaveLength(2);
  });

  it('a stamped document that fails the cheap checks is parsed, so it is reported as before', () => {
    const alice = personOf(T, 'alice');
    const row = { id: 'alice', version: 1, seq: 1, personId: 'alice', parentId: null };
    const read = (doc: unknown) => () =>
      decodeRow(recordKinds.person, T, { ...row, doc, stamp: CODEC_STAMP });
    expect(read(alice)().versioned.record).toEqual(alice);
    expect(read({ ...alice, tenantId: 'other' })).toThrow(CorruptRecordError);
    expect(read([alice])).toThrow(CorruptRecordError);
    expect(read(null)).toThrow(CorruptRecordError);
    expect(read({ ...alice, id: 'bob' })).toThrow(CorruptRecordError);
    expect(toRow(recordKinds.person, T, alice).stamp).toBe(CODEC_STAMP);
  });
});
