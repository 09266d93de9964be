import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PersonId, TenantId } from '@livewell/core';
import { make } from '@livewell/storage-testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJsonLinesStore } from '../src/json-lines-store.js';

const T = 'practice-1' as TenantId;
let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'livewell-jsonl-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('JSON-lines adapter on disk', () => {
  it('survives reopening: state, versions and change order come back from the log', async () => {
    const path = join(dir, 'log.jsonl');
    const first = await openJsonLinesStore(path);
    const person = make.person(T, 'p1');
    await first.forTenant(T).people.create(person);
    await first.forTenant(T).people.save({ ...person, consentToShare: !person.consentToShare }, 1);
    await first.close();
    const again = await openJsonLinesStore(path);
    const read = await again.forTenant(T).people.get('p1' as PersonId);
    expect(read.version).toBe(2);
    const next = await again.forTenant(T).people.save(person, 2);
    expect(next.version).toBe(3);
    expect((await readFile(path, 'utf8')).trim().split('\n')).toHaveLength(3);
  });

  it('ignores a torn last line (a crash mid-append), so a unit is all-or-nothing', async () => {
    const path = join(dir, 'log.jsonl');
    const store = await openJsonLinesStore(path);
    await store.forTenant(T).people.create(make.person(T, 'p1'));
    await store.close();
    await appendFile(path, '{"tenant":"practice-1","ops":[{"op":"put","collection":"person"');
    const reopened = await openJsonLinesStore(path);
    const people = await reopened.forTenant(T).people.list();
    expect(people.items.map((v) => v.record.id)).toEqual(['p1']);
    await reopened.forTenant(T).people.create(make.person(T, 'p2'));
    await reopened.close();
    const third = await openJsonLinesStore(path);
    const all = await third.forTenant(T).people.list();
    expect(all.items.map((v) => v.record.id)).toEqual(['p1', 'p2']);
  });
});
