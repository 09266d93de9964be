import { ok } from '@livewell/core';
import { make } from '../fixtures.js';
import type { SuiteContext, TestApi } from './context.js';
import { json } from './round-trips.js';

const T = 'tenant-c';

function expectOnlyConflicts(t: TestApi, results: readonly PromiseSettledResult<unknown>[]) {
  for (const r of results) {
    if (r.status === 'rejected') {
      t.expect((r.reason as { code?: unknown }).code, String(r.reason)).toBe('conflict');
    }
  }
}

/** Contended writes: N parallel writers on one record; every success kept, no lost update. */
export function concurrencySuite(ctx: SuiteContext): void {
  const { t } = ctx;
  const to = ctx.options.timeout;
  const n = ctx.writers;
  t.describe('contended writes', () => {
    for (const maxAttempts of [1, undefined]) {
      const label = maxAttempts === undefined ? 'default retries' : 'no retry';
      t.it(
        `${n} parallel updates on one care plan (${label}): every success reflected, none lost`,
        ctx.withStore(async ({ tenant, raw }) => {
          const s = tenant(T);
          const plan = make.carePlan(T, 'plan-c', 'p1');
          await s.carePlans.create(plan);
          const results = await Promise.allSettled(
            Array.from({ length: n }, (_, i) =>
              s.carePlans.update(
                plan.id,
                (current) =>
                  ok({
                    plan: current,
                    events: [make.carePlanEvent(T, 'plan-c', `ev-${i}`, i + 1)],
                  }),
                maxAttempts === undefined ? undefined : { maxAttempts },
              ),
            ),
          );
          expectOnlyConflicts(t, results);
          const winners = results.flatMap((r, i) =>
            r.status === 'fulfilled' && r.value.ok ? [{ i, write: r.value.value }] : [],
          );
          t.expect(winners.length).toBeGreaterThanOrEqual(1);
          const final = await s.carePlans.get(plan.id);
          t.expect(final.version).toBe(1 + winners.length);
          const events = (await s.carePlans.events(plan.id, { limit: 1000 })).items;
          t.expect(events.map((e) => e.event.id).sort()).toEqual(
            winners.map((w) => `ev-${w.i}`).sort(),
          );
          t.expect(new Set(events.map((e) => e.version)).size).toBe(winners.length);
          for (const w of winners) {
            const stored = events.find((e) => e.event.id === `ev-${w.i}`);
            t.expect(stored?.version).toBe(w.write.plan.version);
          }
          t.expect((await raw.records(T, 'care-plan-event')).length).toBe(winners.length);
          const rawPlan = await raw.record(T, 'care-plan', 'plan-c');
          if (rawPlan?.version !== undefined) t.expect(rawPlan.version).toBe(final.version);
        }),
        to,
      );
    }

    t.it(
      `${n} parallel saves at the same version: exactly one wins, the rest conflict`,
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        await s.people.create(make.person(T, 'p1'));
        const candidates = Array.from({ length: n }, (_, i) => make.person(T, 'p1', i + 2));
        const results = await Promise.allSettled(candidates.map((c) => s.people.save(c, 1)));
        expectOnlyConflicts(t, results);
        const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
        t.expect(won).toHaveLength(1);
        const winner = candidates[won[0] as number];
        t.expect(await s.people.get('p1' as never)).toEqual({ record: winner, version: 2 });
        t.expect(json((await raw.record(T, 'person', 'p1'))?.doc)).toEqual(json(winner));
      }),
      to,
    );

    t.it(
      `${n} parallel creates of one id: exactly one wins, the rest are duplicates`,
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        const results = await Promise.allSettled(
          Array.from({ length: n }, (_, i) =>
            s.audit.append(make.audit(T, 'a1', undefined, i + 1)),
          ),
        );
        t.expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const r of results) {
          if (r.status === 'rejected')
            t.expect((r.reason as { code?: unknown }).code).toBe('duplicate');
        }
        t.expect(await raw.records(T, 'audit-event')).toHaveLength(1);
      }),
      to,
    );

    t.it(
      `${n} parallel appends of distinct records all land`,
      ctx.withStore(async ({ tenant, raw }) => {
        const s = tenant(T);
        await Promise.all(
          Array.from({ length: n }, (_, i) => s.audit.append(make.audit(T, `a${i}`, 'p1', i + 1))),
        );
        t.expect(await raw.records(T, 'audit-event')).toHaveLength(n);
        t.expect((await s.audit.listByPerson('p1' as never)).items).toHaveLength(n);
      }),
      to,
    );
  });
}
