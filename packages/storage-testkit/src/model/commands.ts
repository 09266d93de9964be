import { err, ok, type PersonId, type RecordId } from '@livewell/core';
import type { TenantStore } from '@livewell/storage';
import fc from 'fast-check';
import type { TestApi } from '../conformance/context.js';
import { make } from '../fixtures.js';
import { type Cmd, limitArb, mirrored, personIdArb, seedArb, tenantArb, walk } from './mirrored.js';
import { moreCommandArbs } from './record-commands.js';

const planIdArb = fc.constantFrom('plan-1', 'plan-2');
const orgIdArb = fc.constantFrom('o1', 'o2');

/**
 * One plan update that appends fresh events (ids drawn from the model so both sides match), or
 * a rejection; the model side draws the ids, the real side reuses them.
 */
function planUpdate(
  t: TestApi,
  tenant: 0 | 1,
  planId: string,
  events: number,
  reject: boolean,
): Cmd {
  return mirrored(
    t,
    `updatePlan(${tenant}, ${planId}, ${events}${reject ? ', reject' : ''})`,
    tenant,
    (s, key, ids: string[]) =>
      s.carePlans.update(planId as RecordId, (plan) =>
        reject
          ? err({ code: 'rejected' })
          : ok({ plan, events: ids.map((id, i) => make.carePlanEvent(key, planId, id, i + 1)) }),
      ),
    async (model) => Array.from({ length: events }, () => model.next('ev')),
  );
}

/**
 * k updates on one plan released in an order the scheduler picks; checks the contention
 * invariants on the adapter, then replays the winners on the model in commit order and compares.
 */
function concurrentUpdates(t: TestApi, tenant: 0 | 1, planId: string, k: number): Cmd {
  return {
    check: () => true,
    toString: () => `concurrentUpdates(${tenant}, ${planId}, ${k})`,
    run: async (model, real) => {
      const key = real.tenants[tenant];
      const m = model.stores[key] as TenantStore;
      const r = real.stores[key] as TenantStore;
      const existing = await m.carePlans.find(planId as RecordId);
      const ids = Array.from({ length: k }, () => model.next('cev'));
      const pending = Promise.allSettled(
        ids.map((id, i) =>
          real.scheduler
            .schedule(Promise.resolve(id), `start update ${id}`)
            .then(() =>
              r.carePlans.update(
                planId as RecordId,
                (plan) => ok({ plan, events: [make.carePlanEvent(key, planId, id, i + 1)] }),
                { maxAttempts: 2 },
              ),
            ),
        ),
      );
      await real.scheduler.waitAll();
      const results = await pending;
      if (existing === undefined) {
        for (const x of results)
          t.expect(x.status === 'rejected' && (x.reason as { code: string }).code).toBe(
            'not-found',
          );
        return;
      }
      const won: { id: string; version: number }[] = [];
      for (const [i, x] of results.entries()) {
        if (x.status === 'rejected')
          t.expect((x.reason as { code?: string }).code).toBe('conflict');
        else if (x.value.ok)
          won.push({ id: ids[i] as string, version: x.value.value.plan.version });
      }
      t.expect(won.length).toBeGreaterThan(0);
      won.sort((a, b) => a.version - b.version);
      t.expect(won.map((w) => w.version)).toEqual(won.map((_, i) => existing.version + i + 1));
      for (const w of won) {
        const i = ids.indexOf(w.id);
        await m.carePlans.update(planId as RecordId, (plan) =>
          ok({ plan, events: [make.carePlanEvent(key, planId, w.id, i + 1)] }),
        );
      }
      const view = async (s: TenantStore) => ({
        plan: await s.carePlans.get(planId as RecordId),
        events: await walk((cursor) =>
          s.carePlans.events(planId as RecordId, cursor ? { cursor } : {}),
        ),
      });
      t.expect(JSON.parse(JSON.stringify(await view(r)))).toEqual(
        JSON.parse(JSON.stringify(await view(m))),
      );
    },
  };
}

/** Arbitrary commands over people, care plans, audit, directory, export and erasure. */
export function commandArbs(t: TestApi): fc.Arbitrary<Cmd>[] {
  return [
    fc
      .tuple(tenantArb, personIdArb, seedArb)
      .map(([tn, id, seed]) =>
        mirrored(t, `createPerson(${tn}, ${id}, ${seed})`, tn, (s, key) =>
          s.people.create(make.person(key, id, seed)),
        ),
      ),
    fc
      .tuple(tenantArb, personIdArb, seedArb, fc.constantFrom(-1, 0, 0, 1))
      .map(([tn, id, seed, delta]) =>
        mirrored(
          t,
          `savePerson(${tn}, ${id}, ${seed}, ${delta})`,
          tn,
          (s, key, version: number) => s.people.save(make.person(key, id, seed), version + delta),
          async (model, key) =>
            (await (model.stores[key] as TenantStore).people.find(id as PersonId))?.version ?? 1,
        ),
      ),
    fc
      .tuple(tenantArb, personIdArb)
      .map(([tn, id]) =>
        mirrored(t, `findPerson(${tn}, ${id})`, tn, (s) => s.people.find(id as PersonId)),
      ),
    fc
      .tuple(tenantArb, limitArb)
      .map(([tn, limit]) =>
        mirrored(t, `listPeople(${tn}, ${limit})`, tn, (s) =>
          walk((cursor) => s.people.list(cursor ? { limit, cursor } : { limit })),
        ),
      ),
    fc
      .tuple(tenantArb, planIdArb, personIdArb, seedArb)
      .map(([tn, id, person, seed]) =>
        mirrored(t, `createPlan(${tn}, ${id}, ${person})`, tn, (s, key) =>
          s.carePlans.create(make.carePlan(key, id, person, seed), [
            make.carePlanEvent(key, id, `${id}-created`, seed),
          ]),
        ),
      ),
    fc
      .tuple(tenantArb, planIdArb, fc.integer({ min: 0, max: 2 }), fc.boolean())
      .map(([tn, id, n, reject]) => planUpdate(t, tn, id, n, reject)),
    fc
      .tuple(tenantArb, planIdArb, fc.integer({ min: 2, max: 4 }))
      .map(([tn, id, k]) => concurrentUpdates(t, tn, id, k)),
    fc
      .tuple(tenantArb, planIdArb, limitArb)
      .map(([tn, id, limit]) =>
        mirrored(t, `planEvents(${tn}, ${id}, ${limit})`, tn, (s) =>
          walk((cursor) =>
            s.carePlans.events(id as RecordId, cursor ? { limit, cursor } : { limit }),
          ),
        ),
      ),
    fc
      .tuple(
        tenantArb,
        fc.constantFrom('a1', 'a2', 'a3'),
        fc.option(personIdArb, { nil: undefined }),
        seedArb,
      )
      .map(([tn, id, person, seed]) =>
        mirrored(t, `appendAudit(${tn}, ${id}, ${person})`, tn, (s, key) =>
          s.audit.append(make.audit(key, id, person, seed)),
        ),
      ),
    fc
      .tuple(tenantArb, limitArb)
      .map(([tn, limit]) =>
        mirrored(t, `listAudit(${tn}, ${limit})`, tn, (s) =>
          walk((cursor) => s.audit.list(cursor ? { limit, cursor } : { limit })),
        ),
      ),
    fc
      .tuple(tenantArb, orgIdArb, seedArb, fc.boolean())
      .map(([tn, id, seed, create]) =>
        mirrored(t, `${create ? 'create' : 'update'}Organisation(${tn}, ${id})`, tn, (s, key) =>
          create
            ? s.organisations.create(make.organisation(key, id, seed))
            : s.organisations.update(id as RecordId, () => ok(make.organisation(key, id, seed))),
        ),
      ),
    fc.tuple(tenantArb, limitArb).map(([tn, limit]) =>
      mirrored(t, `changedSince(${tn}, ${limit})`, tn, async (s) => {
        const seen: unknown[] = [];
        let cursor = null;
        for (;;) {
          const batch = await s.organisations.changedSince(cursor, limit);
          seen.push(...batch.items);
          cursor = batch.cursor;
          if (!batch.hasMore) return seen;
        }
      }),
    ),
    fc
      .tuple(tenantArb, personIdArb)
      .map(([tn, id]) =>
        mirrored(t, `exportPerson(${tn}, ${id})`, tn, (s) => s.exportPerson(id as PersonId)),
      ),
    fc.tuple(tenantArb, personIdArb).map(([tn, id]) =>
      mirrored(
        t,
        `erasePerson(${tn}, ${id})`,
        tn,
        (s, _key, auditId: string) =>
          s.erasePerson(id as PersonId, {
            auditId: auditId as RecordId,
            at: '2026-02-02T02:02:02Z',
            actor: { kind: 'system', name: 'model' },
          }),
        async (model) => model.next('erasure'),
      ),
    ),
    ...moreCommandArbs(t),
  ];
}
