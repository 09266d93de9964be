import { type Organisation, ok, type PersonId, type RecordId } from '@livewell/core';
import type { Cursor, Versioned } from '@livewell/storage';
import fc from 'fast-check';
import { make } from '../fixtures.js';
import type { SuiteContext } from './context.js';

const T = 'tenant-p';

/** Ordering and pagination: keyset pages with no duplicates or misses while writers insert. */
export function paginationSuite(ctx: SuiteContext): void {
  const { t } = ctx;
  const to = ctx.options.timeout;
  t.describe('ordering and pagination', () => {
    t.it(
      'id-ordered pages: sorted, no duplicates, nothing pre-existing missed while writers insert',
      ctx.withStore(async ({ tenant }) => {
        const s = tenant(T);
        const ids = fc.sample(
          fc.uniqueArray(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/), {
            minLength: 30,
            maxLength: 30,
          }),
          { seed: 7, numRuns: 1 },
        )[0] as string[];
        for (const id of ids) await s.people.create(make.person(T, `x${id}`));
        const seen: string[] = [];
        let cursor: Cursor | undefined;
        let extra = 0;
        for (;;) {
          const [page] = await Promise.all([
            s.people.list(cursor === undefined ? { limit: 4 } : { limit: 4, cursor }),
            s.people.create(make.person(T, `y${extra++}`)),
            s.people.create(make.person(T, `a${extra++}`)),
          ]);
          const pageIds = page.items.map((v) => v.record.id as string);
          t.expect(pageIds).toEqual([...pageIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
          seen.push(...pageIds);
          if (page.next === null) break;
          cursor = page.next;
        }
        t.expect(new Set(seen).size).toBe(seen.length);
        for (const id of ids) t.expect(seen).toContain(`x${id}`);
        for (let i = 1; i < seen.length; i++) {
          t.expect((seen[i - 1] as string) < (seen[i] as string)).toBe(true);
        }
      }),
      to,
    );

    t.it(
      'append-ordered pages (audit, events) keep append order while writers append',
      ctx.withStore(async ({ tenant }) => {
        const s = tenant(T);
        const initial = Array.from({ length: 20 }, (_, i) => `au-${(i * 7919) % 101}`);
        for (const id of initial) await s.audit.append(make.audit(T, id, 'p1'));
        const seen: string[] = [];
        let cursor: Cursor | undefined;
        let n = 0;
        for (;;) {
          const [page] = await Promise.all([
            s.audit.listByPerson(
              'p1' as PersonId,
              cursor === undefined ? { limit: 3 } : { limit: 3, cursor },
            ),
            s.audit.append(make.audit(T, `late-${n++}`, 'p1')),
          ]);
          seen.push(...page.items.map((a) => a.id as string));
          if (page.next === null) break;
          cursor = page.next;
        }
        t.expect(new Set(seen).size).toBe(seen.length);
        t.expect(seen.slice(0, initial.length)).toEqual(initial);
        const lates = seen.slice(initial.length);
        t.expect(lates).toEqual([...lates].sort((a, b) => Number(a.slice(5)) - Number(b.slice(5))));

        const plan = make.carePlan(T, 'plan-p', 'p1');
        await s.carePlans.create(plan, [make.carePlanEvent(T, 'plan-p', 'e0')]);
        for (let i = 1; i <= 6; i++) {
          await s.carePlans.save(plan, [make.carePlanEvent(T, 'plan-p', `e${i}`, i)], i);
        }
        const events: string[] = [];
        let ec: Cursor | undefined;
        do {
          const page = await s.carePlans.events(
            plan.id,
            ec === undefined ? { limit: 2 } : { limit: 2, cursor: ec },
          );
          events.push(...page.items.map((e) => `${e.version}:${e.event.id}`));
          ec = page.next ?? undefined;
        } while (ec !== undefined);
        t.expect(events).toEqual(['1:e0', '2:e1', '3:e2', '4:e3', '5:e4', '6:e5', '7:e6']);
      }),
      to,
    );

    t.it(
      'change feed read while writers change records misses no change',
      ctx.withStore(async ({ tenant }) => {
        const s = tenant(T);
        const ids = Array.from({ length: 8 }, (_, i) => `org-${i}`);
        for (const id of ids) await s.organisations.create(make.organisation(T, id));
        const latest = new Map<string, number>();
        const take = (items: readonly Versioned<Organisation>[]) => {
          t.expect(new Set(items.map((v) => v.record.id)).size).toBe(items.length);
          for (const v of items) latest.set(v.record.id, v.version);
        };
        const first = await s.organisations.changedSince(null, 1000);
        take(first.items);
        let cursor = first.cursor;
        const writers = ids.map(async (id, i) => {
          for (let round = 0; round < 3; round++) {
            await s.organisations.update(id as RecordId, (o) =>
              ok({ ...o, name: `${o.name.slice(0, 50)} ${i}.${round}` }),
            );
          }
        });
        let done = false;
        const reader = (async () => {
          while (!done) {
            const batch = await s.organisations.changedSince(cursor, 2);
            take(batch.items);
            cursor = batch.cursor;
          }
        })();
        await Promise.all(writers);
        done = true;
        await reader;
        for (;;) {
          const batch = await s.organisations.changedSince(cursor, 5);
          take(batch.items);
          cursor = batch.cursor;
          if (!batch.hasMore) break;
        }
        for (const id of ids) t.expect(latest.get(id), id).toBe(4);
      }),
      to,
    );
  });
}
