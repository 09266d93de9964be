import type { TenantId } from '@livewell/core';
import {
  actorArb,
  isoInstantArb,
  personArb,
  practitionerIdArb,
  serviceArb,
} from '@livewell/core/testing';
import * as st from '@livewell/storage';
import * as drv from '@livewell/storage/driver';
import * as pg from '@livewell/storage-postgres';
import fc from 'fast-check';
import { entriesOf, spread } from './define.js';
import type { EntryPoint, Session } from './entry.js';

const codec = entriesOf('@livewell/storage/driver', 'storage', 'storage-error');
const store = entriesOf('@livewell/storage', 'storage', 'storage-error');
const errors = entriesOf('@livewell/storage-postgres', 'storage', 'total');

const tenantId = 'tenant-1' as TenantId;
const kinds = st.recordKinds;

/** A memory store seeded with one person; `snapshot` is every raw row of the tenant. */
async function seeded(): Promise<{ driver: drv.MemoryDriver; people: st.TenantStore['people'] }> {
  const driver = new drv.MemoryDriver();
  const practice = st.createMemoryStore(driver).forTenant(tenantId);
  const [seed] = fc.sample(personArb, { numRuns: 1, seed: 7 });
  if (seed) await practice.people.create({ ...seed, tenantId, id: 'seed' as typeof seed.id });
  return { driver, people: practice.people };
}

const rowsOf = (driver: drv.MemoryDriver) =>
  st.recordKindNames.map((kind) => [kind, driver.rows(tenantId, kind)] as const);

/** Runs `call` on the seeded store's people repository. */
const onPeople =
  (call: (people: st.TenantStore['people'], args: readonly unknown[]) => unknown) =>
  async (): Promise<Session> => {
    const { driver, people } = await seeded();
    return { call: (args) => call(people, args), snapshot: async () => rowsOf(driver) };
  };

/** Runs `call` on the seeded store's tenant handle (subject access and erasure). */
const onTenant =
  (call: (practice: st.TenantStore, args: readonly unknown[]) => unknown) =>
  async (): Promise<Session> => {
    const { driver } = await seeded();
    const practice = st.createMemoryStore(driver).forTenant(tenantId);
    return { call: (args) => call(practice, args), snapshot: async () => rowsOf(driver) };
  };

/** An erasure request as a caller sends it. */
const erasureArb = fc.record(
  { auditId: fc.constantFrom('erasure-1', 'erasure-2'), at: isoInstantArb, actor: actorArb },
  { requiredKeys: ['auditId', 'at', 'actor'] },
);
const subjectArgs = (id: fc.Arbitrary<string>) => fc.tuple(id, erasureArb);

const personArgs = personArb.map((p) => [{ ...p, tenantId }]);
const cursorArb = fc.constantFrom(
  drv.encodeCursor('person', 'a'),
  drv.encodeCursor('people', 'seed'),
  drv.encodeChangeCursor('service', 3),
);

/** The storage edge: cursor and page codecs, stored-document readers, the memory store's writes. */
export const storageEntries: EntryPoint[] = [
  codec.call(
    { name: 'decodeCursor', valid: fc.tuple(fc.constant('person'), cursorArb), outside: [1] },
    spread(drv.decodeCursor),
  ),
  codec.call(
    {
      name: 'decodeChangeCursor',
      valid: fc.tuple(fc.constant('service'), cursorArb),
      outside: [1],
    },
    spread(drv.decodeChangeCursor),
  ),
  codec.call(
    { name: 'pageSize', valid: fc.tuple(fc.integer({ min: 1, max: 200 })), outside: [0] },
    (a) => drv.pageSize(a[0] as number),
  ),
  codec.call(
    { name: 'fromDoc', valid: personArb.map((p) => [p.id, { ...p, tenantId }]), outside: [1] },
    (a) => drv.fromDoc(kinds.person, tenantId, a[0] as string, a[1]),
  ),
  codec.call(
    {
      name: 'fromRow',
      valid: personArb.map((p) => [
        { id: p.id, version: 1, seq: 1, personId: p.id, parentId: null, doc: { ...p, tenantId } },
      ]),
    },
    (a) => drv.fromRow(kinds.person, tenantId, a[0] as drv.DriverRow),
  ),
  codec.call(
    { name: 'decodeDoc', valid: personArb.map((p) => [p.id, { ...p, tenantId }]), outside: [1] },
    (a) => drv.decodeDoc(kinds.person, tenantId, a[0] as string, a[1]),
  ),
  codec.call(
    {
      name: 'decodeRow',
      valid: personArb.map((p) => [
        { id: p.id, version: 1, seq: 1, personId: p.id, parentId: null, doc: { ...p, tenantId } },
      ]),
    },
    (a) => drv.decodeRow(kinds.person, tenantId, a[0] as drv.DriverRow),
  ),
  codec.call(
    {
      name: 'retryPolicy',
      valid: fc.tuple(
        fc.record({ attempts: fc.integer({ min: 1, max: 10 }) }, { requiredKeys: [] }),
      ),
    },
    spread(drv.retryPolicy),
  ),
  codec.call({ name: 'toRow', valid: personArgs }, (a) =>
    drv.toRow(kinds.person, tenantId, a[0] as never),
  ),
  store.session(
    { name: 'createMemoryStore', variant: 'people.create', valid: personArgs },
    onPeople((people, a) => people.create(a[0] as never)),
  ),
  store.session(
    {
      name: 'createMemoryStore',
      variant: 'people.save',
      valid: personArb.map((p) => [{ ...p, tenantId, id: 'seed' }, 1]),
      outside: [0, 1],
    },
    onPeople((people, a) => people.save(a[0] as never, a[1] as number)),
  ),
  store.session(
    {
      name: 'createMemoryStore',
      variant: 'people.list',
      valid: fc.tuple(fc.record({ limit: fc.integer({ min: 1, max: 5 }), cursor: cursorArb })),
    },
    onPeople((people, a) => people.list(a[0] as st.PageRequest)),
  ),
  store.session(
    {
      name: 'createMemoryStore',
      variant: 'services.create',
      valid: serviceArb.map((s) => [{ ...s, tenantId }]),
    },
    async () => {
      const driver = new drv.MemoryDriver();
      const practice = st.createMemoryStore(driver).forTenant(tenantId);
      return {
        call: (a) => practice.services.create(a[0] as never),
        snapshot: async () => rowsOf(driver),
      };
    },
  ),
  store.session(
    { name: 'createMemoryStore', variant: 'exportPerson', valid: fc.tuple(fc.constant('seed')) },
    onTenant((practice, a) => practice.exportPerson(a[0] as never)),
  ),
  store.session(
    {
      name: 'createMemoryStore',
      variant: 'erasePerson',
      valid: subjectArgs(fc.constant('seed')),
      outside: [0, 1],
    },
    onTenant((practice, a) => practice.erasePerson(a[0] as never, a[1] as never)),
  ),
  store.session(
    {
      name: 'createMemoryStore',
      variant: 'exportPractitioner',
      valid: fc.tuple(practitionerIdArb),
    },
    onTenant((practice, a) => practice.exportPractitioner(a[0] as never)),
  ),
  store.session(
    {
      name: 'createMemoryStore',
      variant: 'erasePractitioner',
      valid: subjectArgs(practitionerIdArb),
      outside: [0, 1],
    },
    onTenant((practice, a) => practice.erasePractitioner(a[0] as never, a[1] as never)),
  ),
  ...Object.entries({
    isStorageError: st.isStorageError,
    isConflict: st.isConflict,
    isRetryable: st.isRetryable,
  }).map(([name, fn]) =>
    store.call(
      {
        name,
        valid: fc.constantFrom(new st.ConflictError('x'), new Error('y')).map((e) => [e]),
        typedError: 'total',
      },
      spread(fn),
    ),
  ),
  ...Object.entries({
    classifyDatabaseError: pg.classifyDatabaseError,
    sqlStateOf: pg.sqlStateOf,
  }).map(([name, fn]) =>
    errors.call(
      {
        name,
        valid: fc.constantFrom('40001', '23505', '08006', 'XX000').map((code) => [{ code }]),
      },
      spread(fn),
    ),
  ),
  errors.call(
    {
      name: 'toStorageError',
      valid: fc
        .constantFrom('40001', '23505', '08006')
        .map((code) => [{ code }, { kind: 'person' }]),
    },
    spread(pg.toStorageError),
  ),
];
