import { ok, type PersonId, type RecordId } from '@livewell/core';
import type { TenantStore } from '@livewell/storage';
import { make } from '../fixtures.js';
import type { StoredCollection } from '../harness.js';
import type { SuiteContext } from './context.js';

const T = 'tenant-s';

/** What the race needs from the subject-access suite: how to store a person, what to check. */
export interface ErasureRaceParts {
  personData(s: TenantStore, personId: string, seed: number): Promise<void>;
  readonly personal: readonly StoredCollection[];
}

/** Codes an update racing an erasure may end with: the plan vanished, or it lost a race. */
const expectedFailures = new Set(['not-found', 'conflict']);

/**
 * Erasure raced by updates: `writers` updates of the person's care plan and referral (each
 * appending an event) are started, then the erasure. When the erasure resolves, and again once
 * every update has settled, the raw store holds no row of the person (a save committing between
 * two of the erasure's deletes must not leave its events behind).
 */
export function racedErasureTest(ctx: SuiteContext, parts: ErasureRaceParts): void {
  const { t } = ctx;
  const runs = Math.max(1, Math.min(ctx.numRuns, 10));
  t.it(
    `erasure raced by ${ctx.writers} updates leaves no row of the person (${runs} runs, raw)`,
    ctx.withStore(async ({ tenant, raw }) => {
      const s = tenant(T);
      const leftovers = async (p: string) => {
        const pattern = new RegExp(`"(id|personId|planId|referralId)":"(${p}|plan-${p}|ref-${p})"`);
        const found: string[] = [];
        for (const kind of parts.personal) {
          for (const row of await raw.records(T, kind)) {
            if (pattern.test(JSON.stringify(row.doc))) found.push(kind);
          }
        }
        return found;
      };
      for (let run = 1; run <= runs; run++) {
        const p = `race${run}`;
        await parts.personData(s, p, run);
        const updates = Array.from({ length: ctx.writers }, (_, i) =>
          i % 2 === 0
            ? s.carePlans.update(
                `plan-${p}` as RecordId,
                (plan) =>
                  ok({
                    plan,
                    events: [make.carePlanEvent(T, `plan-${p}`, `pe-${p}-u${i}`, i + 3)],
                  }),
                { commandId: `cmd-${p}-${i}` },
              )
            : s.referrals.update(`ref-${p}` as RecordId, (referral) =>
                ok({
                  referral,
                  events: [make.referralEvent(T, `ref-${p}`, `re-${p}-u${i}`, i + 3)],
                }),
              ),
        );
        const settling = Promise.allSettled(updates);
        const erasure = s.erasePerson(p as PersonId, {
          auditId: `erasure-${p}` as RecordId,
          at: '2026-03-01T10:00:00Z',
          actor: { kind: 'system', name: 'dpo-request' },
        });
        await erasure;
        t.expect(await leftovers(p), `run ${run}: rows left when erasePerson resolved`).toEqual([]);
        for (const settled of await settling) {
          if (settled.status === 'rejected') {
            const code = (settled.reason as { code?: unknown }).code;
            t.expect(expectedFailures.has(String(code)), String(settled.reason)).toBe(true);
          }
        }
        t.expect(await leftovers(p), `run ${run}: rows left after the updates settled`).toEqual([]);
      }
    }),
    ctx.options.timeout,
  );
}
