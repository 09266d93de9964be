import { ok, type PersonId, type RecordId } from '@livewell/core';
import { CorruptRecordError, NewerRecordError, type Store } from '@livewell/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  engines,
  freshTenant,
  openSuiteDatabase,
  type SuiteDatabase,
} from '../../test/support/driver-harness.js';
import { actorOf, eventOf, organisationOf, personOf, planOf } from '../../test/support/fixtures.js';
import { createPostgresStore } from './postgres-store.js';

for (const engine of engines) {
  describe.skipIf(engine.skip)(`PostgreSQL store on ${engine.name}`, () => {
    let db: SuiteDatabase;
    let store: Store;
    beforeAll(async () => {
      db = await openSuiteDatabase(engine);
      store = createPostgresStore(db.executor, { schema: db.schema, closeExecutor: false });
    });
    afterAll(async () => {
      await db.dispose();
    });

    it('loses no update when many writers update one care plan at once', async () => {
      const t = freshTenant();
      const practice = store.forTenant(t);
      const plan = planOf(t, 'plan-1', 'person-1');
      await practice.carePlans.create(plan, [eventOf(t, plan.id, 'e-0')]);
      const writers = 8;
      const results = await Promise.all(
        Array.from({ length: writers }, (_, w) =>
          practice.carePlans.update(
            plan.id,
            (current) => ok({ plan: current, events: [eventOf(t, plan.id, `e-${w + 1}`, w + 2)] }),
            { maxAttempts: 100 },
          ),
        ),
      );
      expect(results.every((r) => r.ok)).toBe(true);
      const final = await practice.carePlans.get(plan.id);
      expect(final.version).toBe(writers + 1);
      const events = await practice.carePlans.events(plan.id, { limit: 100 });
      expect(events.items.map((e) => e.event.id).sort()).toEqual(
        Array.from({ length: writers + 1 }, (_, i) => `e-${i}`).sort(),
      );
      expect(events.items.map((e) => e.version)).toEqual(
        Array.from({ length: writers + 1 }, (_, i) => i + 1),
      );
    });

    it('changedSince misses nothing while writers commit concurrently', async () => {
      const t = freshTenant();
      const directory = store.forTenant(t).organisations;
      const total = 40;
      const seen = new Set<string>();
      let cursor = null as Parameters<typeof directory.changedSince>[0];
      let writing = true;
      const writer = (async () => {
        await Promise.all(
          Array.from({ length: total }, (_, i) =>
            directory.create(organisationOf(t, `org-${i}`, i)),
          ),
        );
        writing = false;
      })();
      while (writing || seen.size < total) {
        const batch = await directory.changedSince(cursor, 7);
        for (const item of batch.items) seen.add(item.record.id);
        cursor = batch.cursor;
        if (!writing && batch.items.length === 0 && !batch.hasMore) break;
      }
      await writer;
      expect(seen.size).toBe(total);
    });

    it('exports and erases one person, leaving an audit record and other people intact', async () => {
      const t = freshTenant();
      const practice = store.forTenant(t);
      const alice = personOf(t, 'alice');
      const bob = personOf(t, 'bob', 2);
      await practice.people.create(alice);
      await practice.people.create(bob);
      await practice.carePlans.create(planOf(t, 'plan-a', alice.id), [eventOf(t, 'plan-a', 'ea')]);
      await practice.carePlans.create(planOf(t, 'plan-b', bob.id), [eventOf(t, 'plan-b', 'eb')]);
      const exported = await practice.exportPerson(alice.id);
      expect(exported.person?.record).toEqual(alice);
      expect(exported.carePlans.map((p) => p.snapshot.record.id)).toEqual(['plan-a']);
      const report = await practice.erasePerson(alice.id, {
        auditId: 'audit-erase-1' as RecordId,
        at: '2026-11-29T01:00:00Z' as never,
        actor: actorOf(),
      });
      expect(report.removed).toMatchObject({ person: 1, carePlans: 1, carePlanEvents: 1 });
      const raw = await db.executor.query(
        `SELECT collection, id FROM "${db.schema}".records WHERE tenant_id = $1 ORDER BY collection, id`,
        [t],
      );
      expect(raw.rows).toEqual([
        { collection: 'audit-event', id: 'audit-erase-1' },
        { collection: 'care-plan', id: 'plan-b' },
        { collection: 'care-plan-event', id: expect.any(String) },
        { collection: 'person', id: 'bob' },
      ]);
      expect(await practice.people.find(alice.id as PersonId)).toBeUndefined();
    });

    it('throws CorruptRecordError for a stored document that fails its schema', async () => {
      const t = freshTenant();
      const practice = store.forTenant(t);
      const alice = personOf(t, 'alice');
      await practice.people.create(alice);
      await db.executor.query(
        `UPDATE "${db.schema}".records SET doc = doc - 'name' WHERE tenant_id = $1 AND id = $2`,
        [t, 'alice'],
      );
      await expect(practice.people.get(alice.id)).rejects.toBeInstanceOf(CorruptRecordError);
      // In a listing the unreadable row is a typed problem; the others are still there.
      await practice.people.create(personOf(t, 'bob', 2));
      const page = await practice.people.list();
      expect(page.items.map((v) => v.record.id)).toEqual(['bob']);
      expect(page.problems.map((p) => [p.code, p.kind, p.id])).toEqual([
        ['corrupt-record', 'person', 'alice'],
      ]);
    });

    it('reads a record from a newer release but refuses to save over it (newer-record)', async () => {
      const t = freshTenant();
      const practice = store.forTenant(t);
      const alice = personOf(t, 'alice');
      await practice.people.create(alice);
      await db.executor.query(
        `UPDATE "${db.schema}".records
         SET doc = doc || '{"schemaVersion": 3, "pronouns": "she/her"}'::jsonb, doc_exact = NULL
         WHERE tenant_id = $1 AND id = $2`,
        [t, 'alice'],
      );
      const read = await practice.people.get(alice.id);
      expect(read.record.id).toBe('alice');
      await expect(practice.people.save(read.record, read.version)).rejects.toBeInstanceOf(
        NewerRecordError,
      );
      await expect(
        practice.people.update(alice.id, (p) => ok({ ...p, consentToShare: true })),
      ).rejects.toMatchObject({ code: 'newer-record' });
      const { rows } = await db.executor.query<{ doc: { pronouns?: string } }>(
        `SELECT doc FROM "${db.schema}".records WHERE tenant_id = $1 AND id = $2`,
        [t, 'alice'],
      );
      expect(rows[0]?.doc.pronouns).toBe('she/her');
    });
  });
}
