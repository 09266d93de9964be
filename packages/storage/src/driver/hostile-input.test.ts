import type { TenantId } from '@livewell/core';
import { personArb } from '@livewell/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryDriver } from '../memory/memory-driver.js';
import { createMemoryStore } from '../memory/memory-store.js';
import { isConflict, isRetryable, isStorageError } from '../port/errors.js';
import { recordKinds } from '../port/kinds.js';
import { retryPolicy } from './backoff.js';
import { fromRow, toRow } from './codec.js';
import type { DriverRow } from './driver.js';

/**
 * Regressions found by the fuzz suite: each of these threw a TypeError or the hostile value's
 * own error instead of the storage port's typed error (or `false`, for the guards).
 */
const throwing = () =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('hostile');
      },
      getPrototypeOf: () => {
        throw new Error('hostile');
      },
    },
  );
const revoked = () => {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
};
const tenantId = 'tenant-1' as TenantId;
const codeOf = async (f: () => unknown): Promise<string> => {
  try {
    await f();
    return 'none';
  } catch (e) {
    return isStorageError(e) ? e.code : `not a storage error: ${String(e)}`;
  }
};

describe('the storage edge refuses hostile values with its typed errors', () => {
  it('the guards answer false for a value they cannot inspect', () => {
    for (const value of [throwing(), revoked()]) {
      expect(isStorageError(value)).toBe(false);
      expect(isConflict(value)).toBe(false);
      expect(isRetryable(value)).toBe(false);
    }
  });

  it('toRow and fromRow', async () => {
    expect(await codeOf(() => toRow(recordKinds.person, tenantId, throwing() as never))).toBe(
      'invalid-request',
    );
    expect(await codeOf(() => fromRow(recordKinds.person, tenantId, throwing() as DriverRow))).toBe(
      'corrupt-record',
    );
    expect(await codeOf(() => fromRow(recordKinds.person, tenantId, revoked() as DriverRow))).toBe(
      'corrupt-record',
    );
  });

  it('fromRow with a row whose id is a hostile value (fuzz seed 1042818923)', async () => {
    const row = { id: throwing(), version: 1, seq: 1, personId: 'a', parentId: null, doc: {} };
    expect(await codeOf(() => fromRow(recordKinds.person, tenantId, row as never))).toBe(
      'corrupt-record',
    );
  });

  it('retryPolicy', async () => {
    expect(await codeOf(() => retryPolicy(revoked() as never))).toBe('invalid-request');
    expect(await codeOf(() => retryPolicy(null as never))).toBe('invalid-request');
  });

  it('create, save and list on the memory store', async () => {
    const people = createMemoryStore(new MemoryDriver()).forTenant(tenantId).people;
    const [person] = fc.sample(personArb, { numRuns: 1, seed: 2 });
    if (!person) throw new Error('no person');
    expect(await codeOf(() => people.create(throwing() as never))).toBe('invalid-request');
    expect(
      await codeOf(() => people.save({ ...person, tenantId }, revoked() as never)),
    ).not.toMatch(/not a storage error/);
    expect(await codeOf(() => people.list(throwing() as never))).toBe('invalid-request');
    expect(await codeOf(() => people.list('x' as never))).toBe('invalid-request');
  });

  it('subject access and erasure check their arguments before touching anything', async () => {
    const driver = new MemoryDriver();
    const practice = createMemoryStore(driver).forTenant(tenantId);
    const [person] = fc.sample(personArb, { numRuns: 1, seed: 3 });
    if (!person) throw new Error('no person');
    await practice.people.create({ ...person, tenantId });
    const request = {
      auditId: 'erasure-1',
      at: '2026-12-02T09:00:00Z',
      actor: { kind: 'system', name: 'records' },
    } as never;
    const before = JSON.stringify(driver.rows(tenantId, 'person'));
    for (const id of [throwing(), revoked(), 42, '']) {
      expect(await codeOf(() => practice.exportPerson(id as never))).toBe('invalid-request');
      expect(await codeOf(() => practice.exportPractitioner(id as never))).toBe('invalid-request');
      expect(await codeOf(() => practice.erasePerson(id as never, request))).toBe(
        'invalid-request',
      );
    }
    for (const bad of [null, 'x', throwing(), revoked(), { auditId: 'a' }]) {
      expect(await codeOf(() => practice.erasePerson(person.id, bad as never))).toBe(
        'invalid-request',
      );
      expect(await codeOf(() => practice.erasePractitioner('p1' as never, bad as never))).toBe(
        'invalid-request',
      );
    }
    expect(JSON.stringify(driver.rows(tenantId, 'person'))).toBe(before);
    expect(await codeOf(() => practice.erasePerson(person.id, request))).toBe('none');
  });
});
