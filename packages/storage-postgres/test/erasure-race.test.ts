/**
 * Issue 11 regression, on a real PostgreSQL server (pool of 10): an erasure raced by ten
 * updates of the person's care plan, 40 runs, must leave no row of the person. Before erasure
 * deleted plans before their events, 32 of 40 runs left care-plan events behind.
 */
import { ok, type PersonId, type RecordId } from '@livewell/core';
import type { Store } from '@livewell/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../src/adapter/postgres-store.js';
import {
  engines,
  freshTenant,
  openSuiteDatabase,
  type SuiteDatabase,
} from './support/driver-harness.js';
import { actorOf, eventOf, personOf, planOf } from './support/fixtures.js';

const RUNS = 40;
const UPDATES = 10;

for (const engine of engines) {
  describe.skipIf(engine.skip)(`erasure raced by updates on ${engine.name}`, () => {
    let db: SuiteDatabase;
    let store: Store;
    beforeAll(async () => {
      db = await openSuiteDatabase(engine);
      store = createPostgresStore(db.executor, { schema: db.schema, closeExecutor: false });
    });
    afterAll(async () => {
      await db.dispose();
    });

    it(`leaves 0 rows of the person in ${RUNS} runs of ${UPDATES} updates in flight`, async () => {
      const tenantId = freshTenant();
      const practice = store.forTenant(tenantId);
      const left: { run: number; collection: string; rows: number }[] = [];
      const failures = new Set<string>();
      for (let run = 1; run <= RUNS; run++) {
        const personId = `person-${run}`;
        const planId = `plan-${run}`;
        await practice.people.create(personOf(tenantId, personId, run));
        await practice.carePlans.create(planOf(tenantId, planId, personId, run), [
          eventOf(tenantId, planId, `e-${run}-0`, run),
        ]);
        const updates = Array.from({ length: UPDATES }, (_, i) =>
          practice.carePlans.update(planId as RecordId, (plan) =>
            ok({ plan, events: [eventOf(tenantId, planId, `e-${run}-${i + 1}`, i + 2)] }),
          ),
        );
        const settling = Promise.allSettled(updates);
        // Start the erasure a little later in some runs, so it meets saves at every stage.
        await new Promise((resolve) => setTimeout(resolve, run % 4));
        await practice.erasePerson(personId as PersonId, {
          auditId: `erasure-${run}` as RecordId,
          at: '2026-03-01T10:00:00Z',
          actor: actorOf(run),
        });
        const settled = await settling;
        for (const s of settled) {
          if (s.status === 'rejected') failures.add(String((s.reason as { code?: unknown }).code));
        }
        const { rows } = await db.executor.query<{ collection: string; n: string }>(
          `SELECT collection, count(*)::text AS n FROM "${db.schema}".records
           WHERE tenant_id = $1 AND collection <> 'audit-event' AND (person_id = $2 OR parent_id = $3 OR id = $2)
           GROUP BY collection`,
          [tenantId, personId, planId],
        );
        for (const row of rows) left.push({ run, collection: row.collection, rows: Number(row.n) });
      }
      expect(left).toEqual([]);
      // Updates that lose to the erasure find no plan; nothing else may go wrong.
      expect([...failures].filter((code) => code !== 'not-found' && code !== 'conflict')).toEqual(
        [],
      );
    });
  });
}
